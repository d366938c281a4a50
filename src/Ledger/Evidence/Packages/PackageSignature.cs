using System.Diagnostics.CodeAnalysis;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Packages;

/// <summary>
/// <c>package.sig</c>: a C2SP signed note by the log's key in service at export time, binding the manifest and
/// the certificate to the log:
/// <code>
/// ledger-evidence-package/v1
/// origin O
/// suite intl|gm
/// time yyyy-MM-ddTHH:mm:ss.ffffffZ      (the manifest's exportedAt)
/// manifest &lt;hex H(manifest.json)&gt;
/// certificate &lt;hex H(certificate.pdf)&gt;
/// </code>
/// H is the suite's hash. The manifest's hash is also the source of the verification code printed on the certificate.
/// </summary>
public sealed record PackageSignature(string Origin, CryptoSuite Suite, DateTimeOffset Time, byte[] ManifestHash, byte[] CertificateHash)
{
    public string ToText() =>
        $"{PackageManifest.Format}\norigin {Origin}\nsuite {Suite.Name}\ntime {PackageManifest.FormatTime(Time)}\n"
        + $"manifest {Convert.ToHexStringLower(ManifestHash)}\ncertificate {Convert.ToHexStringLower(CertificateHash)}\n";

    public SignedNote Sign(IEnumerable<SignerKey> keys)
    {
        var text = ToText();
        return SignedNote.Create(text, keys.Select(k => k.Sign(text)));
    }

    /// <summary>Reads the note's text (its signatures are the verifier's to check).</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out PackageSignature? signature, [NotNullWhen(false)] out string? error)
    {
        signature = null;
        var lines = text.Split('\n');
        if (lines is not [PackageManifest.Format, var origin, var suite, var time, var manifest, var certificate, ""])
        {
            error = $"the signed text is not the {PackageManifest.Format} lines origin, suite, time, manifest, certificate";
            return false;
        }
        if (!TryField(origin, "origin", out var originText) || !TryField(suite, "suite", out var suiteName)
            || !TryField(time, "time", out var timeText) || !TryField(manifest, "manifest", out var manifestHex)
            || !TryField(certificate, "certificate", out var certificateHex))
        {
            error = "the signed text's lines are not named origin, suite, time, manifest, certificate in that order";
            return false;
        }
        if (CryptoSuite.Find(suiteName) is not { } found)
        {
            error = $"suite '{suiteName}' is not intl or gm";
            return false;
        }
        if (!PackageManifest.TryParseTime(timeText, out var at))
        {
            error = $"time '{timeText}' is not a time like 2026-01-02T03:04:05.000000Z";
            return false;
        }
        if (!TryHash(manifestHex, out var manifestHash) || !TryHash(certificateHex, out var certificateHash))
        {
            error = "the manifest or certificate hash is not 32 bytes in lowercase hex";
            return false;
        }
        signature = new PackageSignature(originText, found, at, manifestHash, certificateHash);
        error = null;
        return true;
    }

    private static bool TryField(string line, string name, out string value)
    {
        var ok = line.StartsWith(name + " ", StringComparison.Ordinal);
        value = ok ? line[(name.Length + 1)..] : "";
        return ok && value.Length > 0;
    }

    private static bool TryHash(string hex, [NotNullWhen(true)] out byte[]? hash)
    {
        hash = hex.Length == 2 * CryptoSuite.HashSize && hex.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f') ? Convert.FromHexString(hex) : null;
        return hash is not null;
    }
}
