namespace Ledger.Api.Evidence.Certificates;

/// <summary>
/// What an evidence package's certificate (证据包核验证书) shows. The certificate is a readable summary
/// of one package: every value here must come from that package's manifest, so that the verification
/// code, the QR code and the facts printed beside them all describe the same file.
/// </summary>
/// <param name="VerificationCode">The short human form of the manifest hash, e.g. "ABCD-EFGH-…".</param>
/// <param name="ManifestHashHex">The manifest's 32-byte hash (SHA-256 or SM3 per suite), lowercase hex.</param>
/// <param name="Origin">The log origin, the first line of its checkpoints.</param>
/// <param name="Suite">The crypto suite name as recorded in blocks ("intl" or "gm").</param>
/// <param name="EventCount">Every event in the package; <paramref name="FirstEvents"/> may list fewer.</param>
/// <param name="FirstEvents">The first events of the package in leaf order.</param>
public sealed record CertificateContent(
    string VerificationCode,
    string ManifestHashHex,
    string Origin,
    string Suite,
    CertificateScope Scope,
    string CaseReference,
    CertificateRecipient ExportedFor,
    DateTimeOffset ExportedAt,
    long NewestBlockHeight,
    long NewestTreeSize,
    long EventCount,
    IReadOnlyList<CertificateEvent> FirstEvents)
{
    /// <summary>The text the certificate's QR code carries; see <see cref="CertificateQr.Payload"/>.</summary>
    public string QrPayload => CertificateQr.Payload(this);
}
