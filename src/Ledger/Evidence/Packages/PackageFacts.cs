namespace Ledger.Evidence.Packages;

/// <summary>
/// What a package's certificate shows, handed to the certificate renderer before the package is signed:
/// the verification code (text and QR code), what was exported (scope, case, events), for whom and when, and
/// the newest block the package proves into. <see cref="FirstEvents"/> holds at most <see cref="MaxListedEvents"/>.
/// </summary>
public sealed record PackageFacts(
    string VerificationCode,
    string ManifestHash,
    string Origin,
    string Suite,
    ExportScope Scope,
    string CaseReference,
    ExportedFor ExportedFor,
    DateTimeOffset ExportedAt,
    int EventCount,
    long NewestBlockHeight,
    long NewestBlockSize,
    DateTimeOffset NewestBlockTime,
    IReadOnlyList<FactEvent> FirstEvents)
{
    public const int MaxListedEvents = 50;
}
