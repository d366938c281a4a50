using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;
using Ledger.Tests.Support;

namespace Ledger.Tests.Evidence.Receipts;

public sealed class receipt_verification
{
    [Theory]
    [InlineData("intl")]
    [InlineData("gm")]
    public void every_sealed_event_gets_a_receipt_that_verifies_with_only_the_public_key(string suiteName)
    {
        var log = new SealedLog(CryptoSuite.Find(suiteName)!);
        log.Append(37);
        log.Seal();
        var vkey = log.Keys[0].Verifier.ToString();
        for (var i = 0; i < 37; i++)
        {
            var json = log.ReceiptFor(i).ToJson();
            Assert.True(VerifierKey.TryParse(vkey, out var key, out _));
            var verified = ReceiptVerifier.Verify(json, key);
            Assert.True(verified.IsValid, verified.Failure);
            Assert.Equal(i, verified.Value!.Receipt.Proof.Index);
            Assert.Equal(37, verified.Value.Block.Size);
        }
    }

    [Fact]
    public void a_receipt_round_trips_through_json_and_follows_tlog_proof()
    {
        var log = new SealedLog(CryptoSuite.Intl);
        log.Append(6);
        log.Seal();
        var receipt = log.ReceiptFor(4);
        Assert.True(Receipt.TryParse(receipt.ToJson(), out var parsed, out var error), error);
        Assert.Equal(receipt.ToJson(), parsed.ToJson());
        Assert.StartsWith("c2sp.org/tlog-proof@v1\nindex 4\n", parsed.Proof.ToString());
        Assert.EndsWith(log.Blocks[^1].Signed.ToString(), parsed.Proof.ToString());
    }

    [Fact]
    public void a_receipt_without_the_event_still_proves_the_hash()
    {
        var log = new SealedLog(CryptoSuite.Gm);
        log.Append(3);
        log.Seal();
        var verified = ReceiptVerifier.Verify(log.ReceiptFor(2, withEvent: false).ToJson(), log.Keys[0].Verifier);
        Assert.True(verified.IsValid, verified.Failure);
    }

    [Fact]
    public void a_receipt_from_an_older_block_still_verifies_after_the_log_grows()
    {
        var log = new SealedLog(CryptoSuite.Intl);
        log.Append(10);
        log.Seal();
        var early = log.ReceiptFor(3).ToJson();
        log.Append(100);
        log.Seal();
        Assert.True(ReceiptVerifier.Verify(early, log.Keys[0].Verifier).IsValid);
    }

    public static TheoryData<string, string> Tamperings() => new()
    {
        { "eventHash", "field event: hashes to" },
        { "event", "field event: hashes to" },
        { "suite", "field suite: receipt says gm, its block says intl" },
        { "index", "field proof: inclusion proof" },
        { "proofHash", "field proof: inclusion proof" },
        { "blockSize", "checkpoint signature: invalid signature" },
        { "blockRoot", "checkpoint signature: invalid signature" },
        { "signature", "checkpoint signature: invalid signature" },
        { "stream", "field event: its stream" },
        { "version", "field event: its version" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void tampering_with_any_part_fails_and_names_the_part(string part, string expected)
    {
        var log = new SealedLog(CryptoSuite.Intl);
        log.Append(21);
        log.Seal();
        var receipt = log.ReceiptFor(5);
        var proof = receipt.Proof;
        var tampered = part switch
        {
            "eventHash" => receipt with { EventHash = Flip(receipt.EventHash) },
            "event" => receipt with { Event = receipt.Event!.Replace("第6号", "第7号", StringComparison.Ordinal) },
            "suite" => receipt with { Suite = "gm" },
            "index" => receipt with { Proof = proof with { Index = 4 } },
            "proofHash" => receipt with { Proof = proof with { Proof = [.. proof.Proof.Take(2), Flip(proof.Proof[2]), .. proof.Proof.Skip(3)] } },
            "blockSize" => receipt with { Proof = proof with { Checkpoint = proof.Checkpoint.Replace("\n21\n", "\n22\n", StringComparison.Ordinal) } },
            "blockRoot" => receipt with { Proof = proof with { Checkpoint = ReplaceRoot(proof.Checkpoint) } },
            "signature" => receipt with { Proof = proof with { Checkpoint = FlipSignature(proof.Checkpoint) } },
            "stream" => receipt with { Stream = "tender/2026-0002" },
            "version" => receipt with { Version = 5 },
            _ => throw new ArgumentOutOfRangeException(nameof(part)),
        };
        var verified = ReceiptVerifier.Verify(tampered.ToJson(), log.Keys[0].Verifier);
        Assert.False(verified.IsValid);
        Assert.StartsWith(expected, verified.Failure);
    }

    [Fact]
    public void another_logs_key_is_refused()
    {
        var log = new SealedLog(CryptoSuite.Intl);
        log.Append(2);
        log.Seal();
        var stranger = SignerKey.Generate(SealedLog.Origin, SignatureScheme.Ed25519).Verifier;
        var verified = ReceiptVerifier.Verify(log.ReceiptFor(0).ToJson(), stranger);
        Assert.StartsWith("checkpoint signature: note has no verifiable signatures", verified.Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"format\":\"ledger-receipt/v0\"}")]
    [InlineData("{\"format\":\"ledger-receipt/v1\",\"suite\":\"intl\",\"stream\":\"s\",\"version\":1,\"eventHash\":\"00\",\"proof\":\"\"}")]
    [InlineData("{\"format\":\"ledger-receipt/v1\",\"suite\":\"intl\",\"stream\":\"s\",\"version\":99999999999999999999999,\"eventHash\":\"00\",\"proof\":\"\"}")]
    public void unreadable_receipts_are_unusable_input(string json)
    {
        var verified = ReceiptVerifier.Verify(json, SignerKey.Generate("k", SignatureScheme.Ed25519).Verifier);
        Assert.True(verified.IsUnusable, verified.Failure);
    }

    private static byte[] Flip(byte[] value)
    {
        var copy = (byte[])value.Clone();
        copy[0] ^= 0x80;
        return copy;
    }

    private static string ReplaceRoot(string note)
    {
        var lines = note.Split('\n');
        lines[2] = Convert.ToBase64String(Flip(Convert.FromBase64String(lines[2])));
        return string.Join('\n', lines);
    }

    private static string FlipSignature(string note)
    {
        var lines = note.Split('\n');
        var last = Array.FindLastIndex(lines, l => l.StartsWith('\u2014'));
        var parts = lines[last].Split(' ');
        var sig = Convert.FromBase64String(parts[2]);
        sig[10] ^= 1;
        parts[2] = Convert.ToBase64String(sig);
        lines[last] = string.Join(' ', parts);
        return string.Join('\n', lines);
    }
}
