using System.Text;
using System.Text.Json;
using Ledger.Evidence.Blocks;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Receipts;

/// <summary>
/// Checks a receipt offline, in this order, and reports the first thing that fails: the block's
/// signature under the log's key (and, with a keyring, the key's validity at the block's time), the
/// block's suite against the receipt's, the event against its hash, then the inclusion proof.
/// </summary>
public static class ReceiptVerifier
{
    public static Outcome<VerifiedReceipt> Verify(string receiptJson, VerifierKey logKey, Keyring? keyring = null)
    {
        if (!Receipt.TryParse(receiptJson, out var receipt, out var error))
        {
            return Outcome<VerifiedReceipt>.Unusable(error);
        }
        return Verify(receipt, logKey, keyring);
    }

    public static Outcome<VerifiedReceipt> Verify(Receipt receipt, VerifierKey logKey, Keyring? keyring = null)
    {
        var suite = CryptoSuite.Find(receipt.Suite);
        if (suite is null)
        {
            return Outcome<VerifiedReceipt>.Invalid($"field suite: '{receipt.Suite}' is not intl or gm");
        }
        var opened = CheckpointVerifier.Open(receipt.Proof.Checkpoint, logKey, keyring);
        if (!opened.IsValid)
        {
            return opened.As<VerifiedReceipt>();
        }
        var block = opened.Value!.Block;
        if (block is null)
        {
            return Outcome<VerifiedReceipt>.Invalid("field proof: its checkpoint is not a ledger block (no suite, height, time lines)");
        }
        if (block.Suite != suite)
        {
            return Outcome<VerifiedReceipt>.Invalid($"field suite: receipt says {suite}, its block says {block.Suite}");
        }
        var hasher = MerkleHasher.For(suite);
        if (receipt.Event is not null)
        {
            var eventCheck = CheckEvent(receipt, hasher);
            if (!eventCheck.IsValid)
            {
                return Outcome<VerifiedReceipt>.Invalid(eventCheck.Failure!);
            }
        }
        var inclusion = MerkleVerifier.VerifyInclusion(hasher, receipt.Proof.Index, block.Size, receipt.EventHash, receipt.Proof.Proof, block.RootHash);
        if (!inclusion.IsValid)
        {
            return Outcome<VerifiedReceipt>.Invalid($"field proof: {inclusion.Failure}");
        }
        return Outcome<VerifiedReceipt>.Ok(new VerifiedReceipt(receipt, block, opened.Value.SignedBy));
    }

    private static Verdict CheckEvent(Receipt receipt, MerkleHasher hasher)
    {
        var computed = hasher.HashLeaf(Encoding.UTF8.GetBytes(receipt.Event!));
        if (!computed.AsSpan().SequenceEqual(receipt.EventHash))
        {
            return Verdict.Invalid($"field event: hashes to {Convert.ToHexStringLower(computed)}, the receipt's eventHash is {Convert.ToHexStringLower(receipt.EventHash)}");
        }
        try
        {
            using var json = JsonDocument.Parse(receipt.Event!);
            var root = json.RootElement;
            if (!root.TryGetProperty("stream", out var stream) || stream.ValueKind != JsonValueKind.String || stream.GetString() != receipt.Stream)
            {
                return Verdict.Invalid($"field event: its stream is not the receipt's stream '{receipt.Stream}'");
            }
            if (!root.TryGetProperty("version", out var version) || !version.TryGetInt64(out var v) || v != receipt.Version)
            {
                return Verdict.Invalid($"field event: its version is not the receipt's version {receipt.Version}");
            }
        }
        catch (JsonException e)
        {
            return Verdict.Invalid($"field event: not JSON ({e.Message})");
        }
        return Verdict.Valid;
    }
}
