using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Packages;

namespace Ledger.Tests.Evidence.Packages;

public sealed class a_package_checked_against_the_wrong_key_fails
{
    [Fact]
    public void another_logs_key_does_not_verify_the_signature()
    {
        var (_, package) = PackageLog.Small();
        var other = SignerKey.Generate(PackageLog.Origin, SignatureScheme.Ed25519);

        var verified = PackageVerifier.Verify(package.Bytes, Keyring.Trusting([other.Verifier]));

        Assert.False(verified.IsValid);
        Assert.StartsWith("package.sig: note has no verifiable signatures", verified.Failure);
    }

    [Fact]
    public void a_package_re_signed_by_someone_else_passes_only_against_its_own_keys()
    {
        var (log, _) = PackageLog.Small();
        var forger = SignerKey.Generate(PackageLog.Origin, SignatureScheme.Ed25519);
        var contents = log.Contents([0, 2]);
        var forged = PackageBuilder.Build(contents with { Keys = Keyring.Trusting([forger.Verifier]) }, PackageLog.Certificate, [forger]);

        Assert.False(PackageVerifier.Verify(forged.Bytes, Keyring.Trusting([log.Key.Verifier])).IsValid);
        var selfTrusted = PackageVerifier.Verify(forged.Bytes, trusted: null);
        // Its blocks are still the log's, which the forger's keyring cannot vouch for.
        Assert.StartsWith("blocks/0.txt: note has no verifiable signatures", selfTrusted.Failure);
    }

    [Fact]
    public void a_gm_package_needs_the_sm2_key()
    {
        var (log, package) = PackageLog.Small(CryptoSuite.Gm);

        Assert.True(PackageVerifier.Verify(package.Bytes, Keyring.Trusting([log.Key.Verifier])).IsValid);
        Assert.False(PackageVerifier.Verify(package.Bytes, Keyring.Trusting([SignerKey.Generate(PackageLog.Origin, SignatureScheme.Sm2).Verifier])).IsValid);
    }
}
