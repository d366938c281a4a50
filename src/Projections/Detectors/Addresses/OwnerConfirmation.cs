namespace Ledger.Projections.Detectors.Addresses;

/// <summary>The owner's online confirmation (产权人在线确认) behind one evidence certificate, and its withdrawal.</summary>
/// <param name="WithdrawnEventId">The withdrawal event; null while the confirmation stands.</param>
public sealed record OwnerConfirmation(Guid EventId, string CertificateNumber, DateTimeOffset GivenAt, Guid? WithdrawnEventId, DateTimeOffset? WithdrawnAt);
