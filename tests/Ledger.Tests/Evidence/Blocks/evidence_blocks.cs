using System.Text;
using Ledger.Evidence.Blocks;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Tests.Support;

namespace Ledger.Tests.Evidence.Blocks;

public sealed class evidence_blocks
{
    [Theory]
    [InlineData("intl")]
    [InlineData("gm")]
    public void a_sealed_block_opens_under_the_logs_key_and_names_its_suite(string suiteName)
    {
        var suite = CryptoSuite.Find(suiteName)!;
        var log = new SealedLog(suite);
        log.Append(5);
        var (block, signed) = log.Seal();

        var opened = CheckpointVerifier.Open(signed.ToString(), log.Keys[0].Verifier);
        Assert.True(opened.IsValid, opened.Failure);
        Assert.Equal(suite, opened.Value!.Block!.Suite);
        Assert.Equal(5, opened.Value.Checkpoint.Size);
        Assert.Equal(log.Log.Root(), opened.Value.Checkpoint.RootHash);
        Assert.Equal(block.Time, opened.Value.Block.Time);
        Assert.Contains($"\nsuite {suiteName}\nheight 0\ntime 2026-11-29T08:00:01.000000Z\n", signed.Text);
    }

    [Fact]
    public void each_block_names_the_hash_of_the_one_before()
    {
        var log = new SealedLog(CryptoSuite.Intl);
        log.Append(3);
        var (first, _) = log.Seal();
        log.Append(4);
        var (second, signed) = log.Seal();

        Assert.Equal(1, second.Height);
        Assert.Equal(first.Hash(), second.Previous);
        Assert.True(second.Follows(first).IsValid);
        Assert.True(CheckpointVerifier.Open(signed.ToString(), log.Keys[0].Verifier).Value!.Block!.Follows(first).IsValid);

        var forged = second with { Previous = new byte[32] };
        Assert.Contains("names a previous block other than", forged.Follows(first).Failure);
        Assert.Contains("does not follow height", (second with { Height = 2 }).Follows(first).Failure);
        Assert.Contains("smaller than", (second with { Checkpoint = second.Checkpoint with { Size = 2 } }).Follows(first).Failure);
    }

    [Fact]
    public void flipping_any_bit_of_the_signed_text_or_signature_breaks_the_block()
    {
        var log = new SealedLog(CryptoSuite.Intl);
        log.Append(1000);
        var (_, signed) = log.Seal();
        var note = Encoding.UTF8.GetBytes(signed.ToString());
        var key = log.Keys[0].Verifier;
        for (var i = 0; i < note.Length; i++)
        {
            for (var bit = 0; bit < 8; bit += 3)
            {
                var tampered = (byte[])note.Clone();
                tampered[i] ^= (byte)(1 << bit);
                // A flip inside base64 padding bits can decode to the same bytes: the same statement, not a forgery.
                if (SignedNote.TryParse(tampered, out var parsed, out _) && CheckpointVerifier.Open(parsed.ToString(), key).IsValid)
                {
                    Assert.Equal(signed.ToString(), parsed.ToString());
                }
            }
        }
    }

    [Fact]
    public void a_gm_block_carries_an_sm2_signature_and_an_ed25519_one_for_public_witnesses()
    {
        var sm2 = SignerKey.Generate(SealedLog.Origin, SignatureScheme.Sm2);
        var ed = SignerKey.Generate(SealedLog.Origin, SignatureScheme.Ed25519);
        var log = new SealedLog(CryptoSuite.Gm, sm2, ed);
        log.Append(7);
        var (_, signed) = log.Seal();

        Assert.Equal(2, signed.Signatures.Count);
        Assert.NotEqual(sm2.KeyId, ed.KeyId);
        Assert.True(CheckpointVerifier.Open(signed.ToString(), sm2.Verifier).IsValid);
        Assert.True(CheckpointVerifier.Open(signed.ToString(), ed.Verifier).IsValid);
        Assert.StartsWith(SealedLog.Origin + "+", sm2.Verifier.ToString());
        Assert.True(VerifierKey.TryParse(sm2.Verifier.ToString(), out var parsed, out _));
        Assert.Equal(NoteKeyType.Sm2, parsed.Type);
    }

    [Fact]
    public void a_witness_cosignature_fits_beside_the_logs_signature()
    {
        var log = new SealedLog(CryptoSuite.Intl);
        log.Append(9);
        var (_, signed) = log.Seal();
        var (witnessPrivate, witnessPublic) = SignatureScheme.Ed25519.Generate();
        var witness = VerifierKey.ForCosigner("witness.example/w1", witnessPublic);
        const ulong time = 1796000000;
        var message = VerifierKey.CosignedMessage(time, Encoding.UTF8.GetBytes(signed.Text));
        var signature = (byte[])[.. BitConverter.GetBytes(time).Reverse(), .. SignatureScheme.Ed25519.Sign(witnessPrivate, message)];
        var cosigned = signed.WithSignature(new NoteSignature(witness.Name, witness.KeyId, signature));

        Assert.True(CheckpointVerifier.Open(cosigned.ToString(), log.Keys[0].Verifier).IsValid);
        Assert.True(SignedNote.TryParse(cosigned.ToString(), out var parsed, out _));
        var opening = parsed.Open([log.Keys[0].Verifier, witness]);
        Assert.True(opening.Verdict.IsValid, opening.Verdict.Failure);
        Assert.Equal(2, opening.Verified.Count);

        signature[3] ^= 1;
        var badTime = signed.WithSignature(new NoteSignature(witness.Name, witness.KeyId, signature));
        Assert.Contains("invalid signature for key witness.example/w1", badTime.Open([log.Keys[0].Verifier, witness]).Verdict.Failure);
    }

    [Fact]
    public void a_revoked_key_fails_after_its_revocation_and_passes_before()
    {
        var log = new SealedLog(CryptoSuite.Intl);
        log.Append(2);
        var (early, earlySigned) = log.Seal();
        log.Clock = log.Clock.AddHours(2);
        log.Append(2);
        var (late, lateSigned) = log.Seal();
        var key = log.Keys[0].Verifier;
        var revokedAt = early.Time.AddHours(1);
        var keyring = new Keyring([new KeyringEntry(key, early.Time.AddDays(-1), RevokedAt: revokedAt, RevocationReason: "key compromise")]);

        Assert.True(CheckpointVerifier.Open(earlySigned.ToString(), key, keyring).IsValid);
        var refused = CheckpointVerifier.Open(lateSigned.ToString(), key, keyring);
        Assert.False(refused.IsValid);
        Assert.False(refused.IsUnusable);
        Assert.Contains("after its revocation", refused.Failure);
        Assert.Contains("key compromise", refused.Failure);
        Assert.True(late.Time > revokedAt);

        var notYet = new Keyring([new KeyringEntry(key, late.Time)]);
        Assert.Contains("before it became valid", CheckpointVerifier.Open(earlySigned.ToString(), key, notYet).Failure);
        var retired = new Keyring([new KeyringEntry(key, early.Time.AddDays(-1), ValidUntil: revokedAt)]);
        Assert.Contains("retired", CheckpointVerifier.Open(lateSigned.ToString(), key, retired).Failure);
        Assert.Contains("not in the keyring", CheckpointVerifier.Open(earlySigned.ToString(), key, new Keyring([])).Failure);
    }

    [Fact]
    public void a_keyring_round_trips_through_its_published_json()
    {
        var key = SignerKey.Generate("ledger.test/k1", SignatureScheme.Sm2).Verifier;
        var keyring = new Keyring([new KeyringEntry(key, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), RevokedAt: new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero), RevocationReason: "轮换")]);
        Assert.Contains($"\"vkey\": \"{key}\"", keyring.ToJson());
        Assert.Contains("\"revocationReason\": \"轮换\"", keyring.ToJson());
        Assert.True(Keyring.TryParse(keyring.ToJson(), out var parsed, out var error), error);
        var entry = Assert.Single(parsed!.Entries);
        Assert.Equal(keyring.Entries[0], entry with { Key = keyring.Entries[0].Key });
        Assert.Equal(key.ToString(), entry.Key.ToString());
        Assert.False(Keyring.TryParse("""{"keys":[{"vkey":"x+00000000+AQ=="}]}""", out _, out error));
        Assert.Contains("keys[0].vkey", error);
    }
}
