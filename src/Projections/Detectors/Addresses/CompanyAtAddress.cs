namespace Ledger.Projections.Detectors.Addresses;

/// <summary>A company registered at the address.</summary>
/// <param name="EventId">The registration event.</param>
/// <param name="CertificateNumber">The evidence certificate the registration cited.</param>
/// <param name="LeftAt">When the company moved away or was deregistered; null while it remains.</param>
/// <param name="OverrideEventId">A granted negative-list override (NegativeListOverrideGranted) for this registration.</param>
public sealed record CompanyAtAddress(Guid EventId, string CompanyId, string CertificateNumber, DateTimeOffset RegisteredAt, DateTimeOffset? LeftAt, Guid? OverrideEventId);
