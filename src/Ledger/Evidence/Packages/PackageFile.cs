using System.Globalization;
using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Packages;

/// <summary>
/// The files of a <c>ledger-evidence-package/v1</c> and their one order in the zip:
/// <code>
/// manifest.json                what the package holds, for whom, and the hash of every file below but the certificate
/// package.sig                  the log's signed note over the manifest's and the certificate's hashes
/// certificate.pdf              the readable certificate, with the verification code
/// keys.json                    the log's keys with their validity (the keyring /log/keys publishes)
/// blocks/{height}.txt          each signed block an event proves into, and the newest block
/// consistency/{h}-{newest}.txt RFC 9162 consistency proof from block h to the newest, one hex hash a line
/// events/{leaf}.json           each event's canonical bytes, exactly as hashed into the log
/// disclosures/{leaf}.json      the personal values and salts behind the event's commitments, or which were erased
/// proofs/{leaf}.txt            the event's C2SP tlog-proof into its block
/// </code>
/// Numbers are decimal without leading zeros; files of a kind follow each other in ascending number.
/// </summary>
public readonly record struct PackageFile(PackageFileKind Kind, long Number, long Second = 0)
{
    public const string ManifestName = "manifest.json";
    public const string SignatureName = "package.sig";
    public const string CertificateName = "certificate.pdf";
    public const string KeysName = "keys.json";

    public static PackageFile Manifest => new(PackageFileKind.Manifest, 0);

    public static PackageFile Signature => new(PackageFileKind.Signature, 0);

    public static PackageFile Certificate => new(PackageFileKind.Certificate, 0);

    public static PackageFile Keys => new(PackageFileKind.Keys, 0);

    public static PackageFile Block(long height) => new(PackageFileKind.Block, height);

    public static PackageFile Consistency(long from, long to) => new(PackageFileKind.Consistency, from, to);

    public static PackageFile Event(long leaf) => new(PackageFileKind.Event, leaf);

    public static PackageFile Disclosures(long leaf) => new(PackageFileKind.Disclosures, leaf);

    public static PackageFile Proof(long leaf) => new(PackageFileKind.Proof, leaf);

    public string Name => Kind switch
    {
        PackageFileKind.Manifest => ManifestName,
        PackageFileKind.Signature => SignatureName,
        PackageFileKind.Certificate => CertificateName,
        PackageFileKind.Keys => KeysName,
        PackageFileKind.Block => $"blocks/{Number.ToString(CultureInfo.InvariantCulture)}.txt",
        PackageFileKind.Consistency => $"consistency/{Number.ToString(CultureInfo.InvariantCulture)}-{Second.ToString(CultureInfo.InvariantCulture)}.txt",
        PackageFileKind.Event => $"events/{Number.ToString(CultureInfo.InvariantCulture)}.json",
        PackageFileKind.Disclosures => $"disclosures/{Number.ToString(CultureInfo.InvariantCulture)}.json",
        _ => $"proofs/{Number.ToString(CultureInfo.InvariantCulture)}.txt",
    };

    /// <summary>The file a name stands for; false for any name that is not one of a package's.</summary>
    public static bool TryParse(string name, out PackageFile file)
    {
        file = default;
        switch (name)
        {
            case ManifestName:
                file = Manifest;
                return true;
            case SignatureName:
                file = Signature;
                return true;
            case CertificateName:
                file = Certificate;
                return true;
            case KeysName:
                file = Keys;
                return true;
        }
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        var dot = name.LastIndexOf('.');
        if (slash < 0 || dot < slash)
        {
            return false;
        }
        var (folder, stem, extension) = (name[..slash], name[(slash + 1)..dot], name[dot..]);
        PackageFile? parsed = (folder, extension) switch
        {
            ("blocks", ".txt") when NoteText.TryParseSize(stem, out var height) => Block(height),
            ("events", ".json") when NoteText.TryParseSize(stem, out var leaf) => Event(leaf),
            ("disclosures", ".json") when NoteText.TryParseSize(stem, out var leaf) => Disclosures(leaf),
            ("proofs", ".txt") when NoteText.TryParseSize(stem, out var leaf) => Proof(leaf),
            ("consistency", ".txt") => ParseConsistency(stem),
            _ => null,
        };
        file = parsed ?? default;
        return parsed is not null;
    }

    /// <summary>Orders files as the canonical zip holds them: by kind, then number.</summary>
    public static int Compare(PackageFile a, PackageFile b)
    {
        var byKind = a.Kind.CompareTo(b.Kind);
        return byKind != 0 ? byKind : a.Number != b.Number ? a.Number.CompareTo(b.Number) : a.Second.CompareTo(b.Second);
    }

    public override string ToString() => Name;

    private static PackageFile? ParseConsistency(string stem)
    {
        var dash = stem.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && NoteText.TryParseSize(stem[..dash], out var from) && NoteText.TryParseSize(stem[(dash + 1)..], out var to)
            ? Consistency(from, to)
            : null;
    }
}
