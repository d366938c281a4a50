namespace Ledger.Projections.Warnings;

/// <summary>A company's application to register at the property, until it completes.</summary>
/// <param name="CertificateNumber">The owner's evidence certificate the application cites.</param>
/// <param name="OverrideEventId">A negative-list override granted for it, if any.</param>
public sealed record RegistrationInput(string ApplicationId, string CertificateNumber, Guid? OverrideEventId);
