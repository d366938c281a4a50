using Ledger.Api.Evidence.Certificates;

namespace Ledger.Tests.Api.Certificates;

/// <summary>Certificate contents shaped like a tender's evidence package.</summary>
internal static class CertificateSamples
{
    public const string Code = "K7QM-3XRA-W2PD-V5TN-HJ4E-6YBC-ZLUF-8S2G";
    public const string ManifestHash = "9f2c41d07be35a86c4e19d2f07a6b3c58e1d4f2a6b7c8d9e0f1a2b3c4d5e6f70";
    public const string Origin = "ledger.lzggzy.example/tenants/lanzhou";
    public const string TenderId = "LZ-GC-2026-0412";
    public const string CaseReference = "（2026）甘0102刑初123号";

    public static readonly DateTimeOffset ExportedAt = new(2026, 4, 12, 8, 30, 15, TimeSpan.Zero);

    /// <summary>A tender package of <paramref name="eventCount"/> events listing <paramref name="listed"/> of them.</summary>
    public static CertificateContent Tender(int eventCount = 6, int? listed = null)
    {
        var events = Enumerable.Range(0, listed ?? eventCount)
            .Select(i => new CertificateEvent(
                LeafIndex: 1000 + i * 3,
                Stream: i == 0 ? $"tender/{TenderId}" : $"bid/{TenderId}/org-bidder-{i:D3}",
                Type: i == 0 ? "ProjectEntered" : "BidSubmitted",
                Time: ExportedAt.AddDays(-10).AddMinutes(i * 7)))
            .ToList();
        return new CertificateContent(
            VerificationCode: Code,
            ManifestHashHex: ManifestHash,
            Origin: Origin,
            Suite: "gm",
            Scope: new CertificateScope("tender", TenderId),
            CaseReference: CaseReference,
            ExportedFor: new CertificateRecipient("张三 (judge-0412)", "兰州市中级人民法院", "CourtClerk"),
            ExportedAt: ExportedAt,
            NewestBlockHeight: 4211,
            NewestTreeSize: 1_000_000,
            EventCount: eventCount,
            FirstEvents: events);
    }
}
