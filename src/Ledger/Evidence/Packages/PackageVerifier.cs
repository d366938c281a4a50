using System.Text;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Packages;

/// <summary>
/// Checks an evidence package offline and names the first thing that fails, in this order: the zip (its
/// structure, each entry's CRC-32, then byte for byte against the canonical zip of its files, so no byte,
/// header or content, changes unnoticed); the manifest; the keyring; <c>package.sig</c> (the log's signature,
/// by a key valid at export time, over the manifest's and the certificate's hashes); every file against the
/// manifest's hash, none missing or extra; each block's signature by a key valid at the block's time, and the
/// blocks' order and chain; each consistency proof to the newest block; each event against its leaf hash, its
/// inclusion proof and its manifest line; each disclosure against its commitment.
/// </summary>
/// <remarks>
/// Trust comes from <c>trusted</c>, the keyring the court obtained from the log (<c>/log/keys</c>) or a single
/// key it was given. Without one, the package's own <c>keys.json</c> is used and the result says so: anyone can
/// make a package that verifies under keys of their own, so those keys must be compared with the log's.
/// A damaged package is invalid evidence, never "unusable input": every failure here is <see cref="Outcome{T}.Invalid"/>.
/// </remarks>
public static partial class PackageVerifier
{
    public static Outcome<VerifiedPackage> Verify(ReadOnlySpan<byte> package, Keyring? trusted)
    {
        if (!CanonicalZip.TryRead(package, out var entries, out var error))
        {
            return Fail($"zip: {error}");
        }
        var files = new Dictionary<PackageFile, byte[]>();
        foreach (var entry in entries)
        {
            if (!PackageFile.TryParse(entry.Name, out var file))
            {
                return Fail($"zip: entry '{entry.Name}' is not a file of a {PackageManifest.Format}");
            }
            if (!files.TryAdd(file, entry.Content))
            {
                return Fail($"zip: entry '{entry.Name}' appears twice");
            }
        }
        for (var i = 1; i < entries.Count; i++)
        {
            if (PackageFile.Compare(Parse(entries[i - 1].Name), Parse(entries[i].Name)) > 0)
            {
                return Fail($"zip: entry {entries[i - 1].Name} comes before {entries[i].Name}; a package holds them the other way round");
            }
        }
        var canonical = CanonicalZip.CheckCanonical(package, entries);
        if (!canonical.IsValid)
        {
            return Fail($"zip: {canonical.Failure}");
        }
        foreach (var required in new[] { PackageFile.Manifest, PackageFile.Signature, PackageFile.Certificate, PackageFile.Keys })
        {
            if (!files.ContainsKey(required))
            {
                return Fail($"zip: {required.Name} is missing");
            }
        }
        if (!PackageManifest.TryParse(files[PackageFile.Manifest], out var manifest, out error))
        {
            return Fail(error);
        }
        var keysText = Utf8(files[PackageFile.Keys], out error);
        if (keysText is null || !Keyring.TryParse(keysText, out var own, out error) || own is null)
        {
            return Fail($"{PackageFile.KeysName}: {error}");
        }
        var keys = trusted ?? own;
        var signedBy = new List<VerifierKey>();
        var failure = CheckSignature(files, manifest, keys, signedBy)
            ?? CheckListed(files, manifest);
        if (failure is not null)
        {
            return Fail(failure);
        }
        var log = new LogCheck(files, manifest, keys);
        failure = log.Run();
        return failure is not null
            ? Fail(failure)
            : Outcome<VerifiedPackage>.Ok(new VerifiedPackage(
                manifest, VerificationCode.From(manifest.Suite.Hash(files[PackageFile.Manifest])), log.Newest!, keys, trusted is null, signedBy, log.OtherSigners));
    }

    private static string? CheckSignature(Dictionary<PackageFile, byte[]> files, PackageManifest manifest, Keyring keys, List<VerifierKey> signedBy)
    {
        const string where = PackageFile.SignatureName;
        if (!SignedNote.TryParse(files[PackageFile.Signature], out var note, out var error) || !PackageSignature.TryParse(note.Text, out var signature, out error))
        {
            return $"{where}: {error}";
        }
        if (signature.Origin != manifest.Origin || signature.Suite != manifest.Suite || signature.Time != manifest.ExportedAt)
        {
            return $"{where}: signs a package of {signature.Origin} ({signature.Suite}) exported {PackageManifest.FormatTime(signature.Time)}, "
                + $"the manifest says {manifest.Origin} ({manifest.Suite}) exported {PackageManifest.FormatTime(manifest.ExportedAt)}";
        }
        var manifestHash = manifest.Suite.Hash(files[PackageFile.Manifest]);
        if (!manifestHash.AsSpan().SequenceEqual(signature.ManifestHash))
        {
            return $"{where}: {PackageFile.ManifestName} hashes to {Convert.ToHexStringLower(manifestHash)}, the signed note names {Convert.ToHexStringLower(signature.ManifestHash)}";
        }
        var certificateHash = manifest.Suite.Hash(files[PackageFile.Certificate]);
        if (!certificateHash.AsSpan().SequenceEqual(signature.CertificateHash))
        {
            return $"{where}: {PackageFile.CertificateName} hashes to {Convert.ToHexStringLower(certificateHash)}, the signed note names {Convert.ToHexStringLower(signature.CertificateHash)}";
        }
        var signed = SignedByLog(note, signature.Time, keys, signedBy);
        return signed.IsValid ? null : $"{where}: {signed.Failure}";
    }

    /// <summary>Every file but the manifest, the signature and the certificate is listed once with its hash; nothing listed is missing.</summary>
    private static string? CheckListed(Dictionary<PackageFile, byte[]> files, PackageManifest manifest)
    {
        var hashName = PackageManifest.HashName(manifest.Suite);
        var listed = new HashSet<PackageFile>();
        foreach (var item in manifest.Files)
        {
            if (!PackageFile.TryParse(item.Name, out var file) || file.Kind is PackageFileKind.Manifest or PackageFileKind.Signature or PackageFileKind.Certificate)
            {
                return $"{PackageFile.ManifestName}: lists '{item.Name}', which is not a file the manifest vouches for";
            }
            if (!listed.Add(file))
            {
                return $"{PackageFile.ManifestName}: lists {item.Name} twice";
            }
            if (!files.TryGetValue(file, out var content))
            {
                return $"{PackageFile.ManifestName}: lists {item.Name}, which the package does not hold";
            }
            var hash = manifest.Suite.Hash(content);
            if (!hash.AsSpan().SequenceEqual(item.Hash))
            {
                return $"{item.Name}: {hashName} is {Convert.ToHexStringLower(hash)}, {PackageFile.ManifestName} lists {Convert.ToHexStringLower(item.Hash)}";
            }
        }
        var unlisted = files.Keys.Where(f => f.Kind is not (PackageFileKind.Manifest or PackageFileKind.Signature or PackageFileKind.Certificate) && !listed.Contains(f))
            .Order(Comparer<PackageFile>.Create(PackageFile.Compare)).Select(f => f.Name).FirstOrDefault();
        return unlisted is null ? null : $"{unlisted}: not listed in {PackageFile.ManifestName}";
    }

    /// <summary>
    /// The note is signed by a key of <paramref name="keys"/> in service at <paramref name="time"/>; a trusted key's
    /// bad signature fails it (as C2SP note opening does), an unknown signer is ignored.
    /// </summary>
    private static Verdict SignedByLog(SignedNote note, DateTimeOffset time, Keyring keys, List<VerifierKey> signedBy)
    {
        var opening = note.Open(keys.Keys);
        if (!opening.Verdict.IsValid)
        {
            return opening.Verdict;
        }
        Verdict? refused = null;
        foreach (var (_, key) in opening.Verified)
        {
            var validity = keys.Find(key)!.CheckAt(time);
            if (validity.IsValid)
            {
                signedBy.Add(key);
            }
            else
            {
                refused ??= validity;
            }
        }
        return signedBy.Count > 0 ? Verdict.Valid : refused!.Value;
    }

    private static string? Utf8(byte[] bytes, out string? error)
    {
        try
        {
            error = null;
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            error = $"not UTF-8 (byte {e.Index})";
            return null;
        }
    }

    private static PackageFile Parse(string name) => PackageFile.TryParse(name, out var file) ? file : default;

    /// <summary>A failure is one line: names and values quoted from a tampered package may hold control characters.</summary>
    private static Outcome<VerifiedPackage> Fail(string failure) =>
        Outcome<VerifiedPackage>.Invalid(string.Concat(failure.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())));
}
