using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>The owner confirms online (产权人在线确认) that the standardised address may be used for registration.</summary>
/// <param name="CertificateNumber">存证证书编号 of the evidence certificate that replaces paper proof of address.</param>
public sealed record OwnerConfirmationGiven(
    string PropertyId, string StandardAddressId, string CertificateNumber, Actor By, DateTimeOffset At);
