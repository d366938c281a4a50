using Ledger.Evidence.Keys;
using Ledger.Evidence.Packages;

namespace Ledger.Tests.Evidence.Packages;

public sealed class every_changed_byte_of_a_package_fails_verification
{
    [Fact]
    public void flipping_any_one_bit_of_any_byte_fails()
    {
        var (log, package) = PackageLog.Small();
        var trusted = Keyring.Trusting([log.Key.Verifier]);
        var bytes = package.Bytes;
        Assert.True(PackageVerifier.Verify(bytes, trusted).IsValid);

        var passed = new List<int>();
        for (var i = 0; i < bytes.Length; i++)
        {
            var bit = (byte)(1 << (i % 8));
            bytes[i] ^= bit;
            var verified = PackageVerifier.Verify(bytes, trusted);
            if (verified.IsValid || string.IsNullOrWhiteSpace(verified.Failure))
            {
                passed.Add(i);
            }
            bytes[i] ^= bit;
        }

        Assert.Empty(passed);
    }

    [Fact]
    public void even_against_its_own_keys_no_changed_byte_passes()
    {
        var (_, package) = PackageLog.Small();
        var bytes = package.Bytes;
        var random = new Random(20261207);

        for (var i = 0; i < bytes.Length; i++)
        {
            var original = bytes[i];
            bytes[i] = (byte)((original + random.Next(1, 256)) % 256);
            Assert.False(PackageVerifier.Verify(bytes, trusted: null).IsValid, $"a package changed at byte {i} verified");
            bytes[i] = original;
        }
    }

    [Fact]
    public void a_changed_event_is_named_by_its_file()
    {
        var (log, package) = PackageLog.Small();
        Assert.True(CanonicalZip.TryRead(package.Bytes, out var entries, out _));
        var changed = entries.Select(e => e.Name == "events/3.json" ? e with { Content = [.. e.Content[..^2], (byte)'9', (byte)'}'] } : e).ToList();

        var verified = PackageVerifier.Verify(CanonicalZip.Write(changed), Keyring.Trusting([log.Key.Verifier]));

        Assert.StartsWith("events/3.json: sha256 is ", verified.Failure);
        Assert.EndsWith("manifest.json lists " + Convert.ToHexStringLower(log.Suite.Hash(entries.Single(e => e.Name == "events/3.json").Content)), verified.Failure);
    }
}
