using System.Numerics;

namespace Ledger.Evidence.Merkle;

/// <summary>
/// The right border of an append-only tree: one hash per set bit of the size, the roots of the perfect
/// subtrees that make up the tree so far. Appending a leaf merges equal-sized subtrees, one node hash per
/// leaf on average, and reports every node it completes so storage can keep it. Nothing is read back.
/// </summary>
public sealed class CompactRange
{
    /// <summary>Receives each node as it becomes complete: the leaf first, then its completed ancestors.</summary>
    public delegate void NodeSink(NodeId id, ReadOnlySpan<byte> hash);

    private readonly MerkleHasher hasher;
    private readonly List<byte[]> border = [];

    public CompactRange(MerkleHasher hasher) => this.hasher = hasher;

    /// <summary>
    /// Resumes at <paramref name="size"/> leaves from the hashes of <see cref="ProofPlan.Root"/>'s nodes,
    /// in the plan's order (largest subtree first).
    /// </summary>
    public CompactRange(MerkleHasher hasher, long size, IReadOnlyList<byte[]> borderHashes)
        : this(hasher)
    {
        if (size < 0 || BitOperations.PopCount((ulong)size) != borderHashes.Count)
        {
            throw new ArgumentException($"a tree of size {size} has {BitOperations.PopCount((ulong)size)} border nodes, got {borderHashes.Count}");
        }
        Size = size;
        foreach (var hash in borderHashes)
        {
            border.Add((byte[])hash.Clone());
        }
    }

    public long Size { get; private set; }

    public void Append(ReadOnlySpan<byte> leafHash, NodeSink? sink)
    {
        if (leafHash.Length != MerkleHasher.Size)
        {
            throw new ArgumentException($"leaf hash must be {MerkleHasher.Size} bytes, got {leafHash.Length}", nameof(leafHash));
        }
        var index = Size;
        sink?.Invoke(new NodeId(0, index), leafHash);
        var hash = leafHash.ToArray();
        var level = 0;
        while ((index & 1) == 1)
        {
            var left = border[^1];
            border.RemoveAt(border.Count - 1);
            hasher.HashChildren(left, hash, hash);
            level++;
            index >>= 1;
            sink?.Invoke(new NodeId(level, index), hash);
        }
        border.Add(hash);
        Size++;
    }

    /// <summary>The root of the whole range: the border folded right to left.</summary>
    public byte[] Root()
    {
        if (border.Count == 0)
        {
            return (byte[])hasher.EmptyRoot.Clone();
        }
        var root = (byte[])border[^1].Clone();
        for (var i = border.Count - 2; i >= 0; i--)
        {
            hasher.HashChildren(border[i], root, root);
        }
        return root;
    }
}
