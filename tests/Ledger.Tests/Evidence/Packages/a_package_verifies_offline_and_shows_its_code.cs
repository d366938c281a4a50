using System.Text;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Packages;

namespace Ledger.Tests.Evidence.Packages;

public sealed class a_package_verifies_offline_and_shows_its_code
{
    [Theory]
    [InlineData("intl")]
    [InlineData("gm")]
    public void a_package_verifies_under_the_log_key_and_its_code_is_the_certificates(string suite)
    {
        var (log, package) = PackageLog.Small(CryptoSuite.Find(suite));

        var verified = PackageVerifier.Verify(package.Bytes, Keyring.Trusting([log.Key.Verifier]));

        Assert.True(verified.IsValid, verified.Failure);
        var p = verified.Value!;
        Assert.False(p.KeysFromPackage);
        Assert.Equal(package.VerificationCode, p.VerificationCode);
        Assert.Equal([0L, 2, 3, 4, 6], p.Manifest.Events.Select(e => e.Leaf));
        Assert.Equal([0L, 0, 1, 1, 2], p.Manifest.Events.Select(e => e.Block));
        Assert.Equal(3, p.NewestBlock.Height);
        Assert.Equal(8, p.NewestBlock.Size);
        Assert.Equal("（2026）甘0102刑初123号", p.Manifest.CaseReference);
        Assert.Contains(package.VerificationCode, Encoding.UTF8.GetString(PackageLog.Certificate(package.Facts)));
        Assert.Matches("^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$", package.VerificationCode);
        Assert.Equal(5, package.Facts.EventCount);
        Assert.Equal("tender/LZ-GC-2026-0412", package.Facts.FirstEvents[0].Stream);
    }

    [Fact]
    public void the_same_contents_make_the_same_bytes()
    {
        var log = new PackageLog();
        log.Append("tender/T-1", "张三");
        log.Seal();
        var contents = log.Contents([0]);

        var first = PackageBuilder.Build(contents, PackageLog.Certificate, [log.Key]);
        var second = PackageBuilder.Build(contents, PackageLog.Certificate, [log.Key]);

        // Ed25519 signatures are deterministic (RFC 8032), so the whole zip is.
        Assert.Equal(first.Bytes, second.Bytes);
    }

    [Fact]
    public void without_a_trust_anchor_the_packages_own_keys_are_used_and_said_to_be()
    {
        var (log, package) = PackageLog.Small();

        var verified = PackageVerifier.Verify(package.Bytes, trusted: null);

        Assert.True(verified.IsValid, verified.Failure);
        Assert.True(verified.Value!.KeysFromPackage);
        Assert.Equal(log.Key.Verifier.ToString(), verified.Value.Keys.Entries.Single().Key.ToString());
    }

    [Fact]
    public void the_files_are_in_the_documented_order()
    {
        var (_, package) = PackageLog.Small();

        Assert.True(CanonicalZip.TryRead(package.Bytes, out var entries, out var error), error);

        Assert.Equal(
            ["manifest.json", "package.sig", "certificate.pdf", "keys.json", "blocks/0.txt", "blocks/1.txt", "blocks/2.txt", "blocks/3.txt",
             "consistency/0-3.txt", "consistency/1-3.txt", "consistency/2-3.txt",
             "events/0.json", "events/2.json", "events/3.json", "events/4.json", "events/6.json", "disclosures/0.json", "disclosures/4.json",
             "proofs/0.txt", "proofs/2.txt", "proofs/3.txt", "proofs/4.txt", "proofs/6.txt"],
            entries.Select(e => e.Name));
    }

    [Fact]
    public void a_key_revoked_before_the_export_fails_the_signature()
    {
        var (log, package) = PackageLog.Small();
        var revoked = new Keyring([new KeyringEntry(log.Key.Verifier, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), RevokedAt: log.Clock)]);

        var verified = PackageVerifier.Verify(package.Bytes, revoked);

        Assert.False(verified.IsValid);
        Assert.StartsWith("package.sig: key ledger.test/centre-001+", verified.Failure);
        Assert.Contains("after its revocation", verified.Failure);
    }
}
