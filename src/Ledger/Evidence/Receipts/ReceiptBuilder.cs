using Ledger.Evidence.Blocks;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Receipts;

/// <summary>Makes the receipt for a sealed event: its inclusion proof into a signed block of the log.</summary>
public static class ReceiptBuilder
{
    /// <summary>
    /// Requires <paramref name="index"/> &lt; the block's size ≤ the log's size, and the log to be the one
    /// the block was sealed over (same suite).
    /// </summary>
    public static Receipt Build(MerkleLog log, SignedNote signedBlock, long index, string stream, long version, string? canonicalEvent = null)
    {
        if (!Checkpoint.TryParse(signedBlock.Text, out var checkpoint, out var error) || !EvidenceBlock.TryFrom(checkpoint, out var block, out error))
        {
            throw new ArgumentException($"not a ledger block: {error}", nameof(signedBlock));
        }
        if (block.Suite != log.Hasher.Suite)
        {
            throw new ArgumentException($"block suite {block.Suite} differs from the log's {log.Hasher.Suite}", nameof(signedBlock));
        }
        var proof = log.InclusionProof(index, block.Size);
        var leaf = log.Leaf(index);
        return new Receipt(block.Suite.Name, stream, version, leaf, new TlogProof(index, proof, signedBlock.ToString()), canonicalEvent);
    }
}
