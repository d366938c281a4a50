namespace Ledger.Api.Evidence.Certificates;

/// <summary>What a package was exported for: a kind (tender, company, address, approval, warning,
/// events) and that thing's id, e.g. tender LZ-GC-2026-0412.</summary>
public sealed record CertificateScope(string Kind, string Id);
