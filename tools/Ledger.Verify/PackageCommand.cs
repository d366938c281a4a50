using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Packages;

namespace Ledger.Verify;

/// <summary>
/// <c>ledger-verify package [--key K | --keyring F] &lt;package.zip&gt;</c>: checks an evidence package and prints its
/// verification code, to compare with the one on its certificate. The trust anchor is the court's: the log's key,
/// or the keyring the log publishes at <c>/log/keys</c>. Without either, the package's own keys are used, and the
/// output says so and lists them, for comparison with the published ones.
/// </summary>
internal static class PackageCommand
{
    /// <summary>Packages are read whole into memory; anything larger is refused rather than read.</summary>
    private const long MaxPackageBytes = 256L * 1024 * 1024;

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static Report Run(string[] args)
    {
        if (!Arguments.TryParse(args, new HashSet<string> { "--key", "--keyring" }, out var a, out var error))
        {
            return Report.Unusable(error);
        }
        if (a.Positional.Count != 1)
        {
            return Report.Unusable($"expected 1 package file, got {a.Positional.Count}");
        }
        if (!TryTrust(a, out var trusted, out error))
        {
            return Report.Unusable(error);
        }
        var path = a.Positional[0];
        if (!Arguments.TryReadBytes(path, MaxPackageBytes, out var bytes, out error))
        {
            return Report.Unusable(error);
        }
        var verified = PackageVerifier.Verify(bytes, trusted);
        return verified.IsValid ? Report.Valid([.. Describe(verified.Value!, a)]) : Report.From(verified, path);
    }

    private static bool TryTrust(Arguments a, out Keyring? trusted, [NotNullWhen(false)] out string? error)
    {
        trusted = null;
        error = null;
        var (key, keyring) = (a.Option("--key"), a.Option("--keyring"));
        if (key is not null && keyring is not null)
        {
            error = "give --key or --keyring, not both: the keyring already holds the log's keys";
            return false;
        }
        if (key is not null)
        {
            if (!VerifierKey.TryParse(key, out var parsed, out var keyError))
            {
                error = $"--key: {keyError}";
                return false;
            }
            trusted = Keyring.Trusting([parsed]);
        }
        else if (keyring is not null)
        {
            if (!Arguments.TryReadText(keyring, out var json, out error) || !Keyring.TryParse(json, out trusted, out error))
            {
                error = $"--keyring: {error ?? "unreadable"}";
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<string> Describe(VerifiedPackage p, Arguments a)
    {
        var m = p.Manifest;
        yield return $"valid: evidence package of {m.Scope.Kind}{(m.Scope.Id is null ? "" : " " + m.Scope.Id)} for case {m.CaseReference}";
        yield return $"verification code {p.VerificationCode}";
        yield return $"origin {m.Origin}";
        yield return $"suite {m.Suite.Name}";
        yield return $"events {m.Events.Count}, leaves {m.Events[0].Leaf} to {m.Events[^1].Leaf}";
        yield return $"newest block {p.NewestBlock.Height} at size {p.NewestBlock.Size}, sealed {p.NewestBlock.Time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}";
        yield return $"exported {m.ExportedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)} for {m.ExportedFor.Person} ({m.ExportedFor.Organisation}, {m.ExportedFor.Role})";
        yield return $"signed by {string.Join(", ", p.SignedBy.Select(k => k.Handle))}";
        if (p.OtherSigners.Count > 0)
        {
            yield return $"the newest block also carries signatures by {string.Join(", ", p.OtherSigners)}, not checked: their keys were not given";
        }
        if (!p.KeysFromPackage)
        {
            yield return a.Option("--keyring") is { } keyring ? $"keys: the keyring {keyring}" : "keys: the key given with --key";
            yield break;
        }
        yield return "warning: checked against the keys inside the package (keys.json), not keys you supplied;";
        yield return "warning: compare them with the log's published keys (GET /log/keys) before relying on this result:";
        foreach (var e in p.Keys.Entries)
        {
            var life = e.ValidFrom == DateTimeOffset.MinValue ? "from the start" : $"from {e.ValidFrom.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}";
            if (e.ValidUntil is { } until)
            {
                life += $" until {until.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}";
            }
            if (e.RevokedAt is { } revoked)
            {
                life += $", revoked {revoked.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}";
            }
            yield return $"key {e.Key} valid {life}";
        }
    }
}
