using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;

namespace Ledger.Tests.Evidence.Keys;

public sealed class key_rotation_notes
{
    private const string Origin = "ledger.test/centre-001";
    private static readonly DateTimeOffset From = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("intl")]
    [InlineData("gm")]
    public void a_rotation_signed_by_both_keys_opens_and_moves_the_keyring_at_its_time(string suiteName)
    {
        var scheme = CryptoSuite.Find(suiteName)!.Signature;
        var (old, next) = (SignerKey.Generate(Origin, scheme), SignerKey.Generate(Origin, scheme));

        var note = KeyRotation.Sign(Origin, old, next, From);

        Assert.True(KeyRotation.TryOpen(note.ToString(), out var rotation, out var error), error);
        Assert.Equal(old.Verifier.ToString(), rotation.Retired.ToString());
        Assert.Equal(next.Verifier.ToString(), rotation.Adopted.ToString());
        Assert.Equal(From, rotation.From);
        var keyring = rotation.ApplyTo(new Keyring([new KeyringEntry(old.Verifier, From.AddYears(-1))]));
        Assert.True(keyring.Find(old.Verifier)!.CheckAt(From.AddTicks(-10)).IsValid);
        Assert.False(keyring.Find(old.Verifier)!.CheckAt(From).IsValid);
        Assert.False(keyring.Find(next.Verifier)!.CheckAt(From.AddTicks(-10)).IsValid);
        Assert.True(keyring.Find(next.Verifier)!.CheckAt(From).IsValid);
    }

    [Fact]
    public void a_rotation_missing_either_signature_does_not_open()
    {
        var (old, next, stranger) = (Generate(), Generate(), Generate());
        var note = KeyRotation.Sign(Origin, old, next, From);
        var onlyOld = SignedNote.Create(note.Text, [old.Sign(note.Text)]);
        var strangerInstead = SignedNote.Create(note.Text, [old.Sign(note.Text), stranger.Sign(note.Text)]);

        Assert.False(KeyRotation.TryOpen(onlyOld.ToString(), out _, out var error));
        Assert.Contains($"not signed by the adopted key {next.Verifier.Handle}", error);
        Assert.False(KeyRotation.TryOpen(strangerInstead.ToString(), out _, out error));
        Assert.Contains("adopted", error);
    }

    [Fact]
    public void a_changed_line_breaks_the_signatures()
    {
        var (old, next) = (Generate(), Generate());
        var note = KeyRotation.Sign(Origin, old, next, From).ToString();
        var later = note.Replace("from 2026-03-01T08:00:00.000000Z", "from 2027-03-01T08:00:00.000000Z", StringComparison.Ordinal);

        Assert.NotEqual(note, later);
        Assert.False(KeyRotation.TryOpen(later, out _, out var error));
        Assert.Contains("not signed by the retired key", error);
    }

    [Fact]
    public void a_key_hands_over_only_to_another_key_of_its_scheme_and_only_while_in_service()
    {
        var old = Generate();
        Assert.Throws<ArgumentException>(() => KeyRotation.Sign(Origin, old, SignerKey.Generate(Origin, CryptoSuite.Gm.Signature), From));
        Assert.Throws<ArgumentException>(() => KeyRotation.Sign(Origin, old, old, From));

        var next = Generate();
        var rotation = new KeyRotation(Origin, old.Verifier, next.Verifier, From);
        var retired = new Keyring([new KeyringEntry(old.Verifier, From.AddYears(-1), ValidUntil: From.AddDays(-1))]);
        Assert.Throws<InvalidOperationException>(() => rotation.ApplyTo(retired));
        Assert.Throws<InvalidOperationException>(() => rotation.ApplyTo(new Keyring([new KeyringEntry(next.Verifier, From.AddYears(-1))])));
    }

    private static SignerKey Generate() => SignerKey.Generate(Origin, CryptoSuite.Intl.Signature);
}
