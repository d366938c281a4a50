namespace Ledger.Api.Evidence.Certificates;

/// <summary>One row of the certificate's event table.</summary>
public sealed record CertificateEvent(long LeafIndex, string Stream, string Type, DateTimeOffset Time);
