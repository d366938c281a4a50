using Ledger.Evidence.Merkle;

namespace Ledger.Store.Verification;

/// <summary>
/// The Merkle log recomputed in memory, 32 bytes per leaf for the leaves and as much again for the
/// nodes above them: contiguous arrays, no object per node, so tens of millions of leaves fit. A leaf
/// no one could supply (its event and its stored node both gone) stays unknown, and so does every node
/// above it; roots that need it are not computed rather than guessed.
/// </summary>
internal sealed class LeafTree(MerkleHasher hasher)
{
    private const int HashSize = MerkleHasher.Size;

    private readonly List<byte[]> hashes = [];
    private readonly List<bool[]> known = [];
    private byte[] leaves = new byte[HashSize * 1024];
    private bool[] leafKnown = new bool[1024];

    /// <summary>The number of leaf positions, known or not.</summary>
    public long Count { get; private set; }

    public void Grow(long count)
    {
        if (count <= Count)
        {
            return;
        }
        if (count > leafKnown.Length)
        {
            var capacity = Math.Max(count, leafKnown.LongLength * 2);
            Array.Resize(ref leaves, checked((int)(capacity * HashSize)));
            Array.Resize(ref leafKnown, checked((int)capacity));
        }
        Count = count;
    }

    public void SetLeaf(long index, ReadOnlySpan<byte> hash)
    {
        Grow(index + 1);
        hash.CopyTo(leaves.AsSpan(checked((int)(index * HashSize)), HashSize));
        leafKnown[index] = true;
    }

    public bool IsKnown(long index) => index < Count && leafKnown[index];

    public ReadOnlySpan<byte> Leaf(long index) => leaves.AsSpan(checked((int)(index * HashSize)), HashSize);

    /// <summary>Computes every complete node above the leaves, level by level. Call once, after the last leaf is set.</summary>
    public void Build()
    {
        hashes.Clear();
        known.Clear();
        Array.Resize(ref leaves, checked((int)(Count * HashSize)));
        Array.Resize(ref leafKnown, checked((int)Count));
        hashes.Add(leaves);
        known.Add(leafKnown);
        for (var width = Count / 2; width > 0; width /= 2)
        {
            var (below, belowKnown) = (hashes[^1], known[^1]);
            var level = new byte[checked((int)(width * HashSize))];
            var levelKnown = new bool[width];
            for (var i = 0; i < width; i++)
            {
                if (belowKnown[2 * i] && belowKnown[(2 * i) + 1])
                {
                    hasher.HashChildren(below.AsSpan(2 * i * HashSize, HashSize), below.AsSpan(((2 * i) + 1) * HashSize, HashSize), level.AsSpan(i * HashSize, HashSize));
                    levelKnown[i] = true;
                }
            }
            hashes.Add(level);
            known.Add(levelKnown);
        }
    }

    /// <summary>Levels built, the leaves' included.</summary>
    public int Levels => known.Count;

    /// <summary>The number of complete nodes at <paramref name="level"/>: a tree of n leaves has ⌊n / 2^level⌋.</summary>
    public long Width(int level) => level < known.Count ? known[level].LongLength : 0;

    public bool TryNode(NodeId id, out ReadOnlySpan<byte> hash)
    {
        hash = default;
        if (id.Level >= known.Count || id.Index >= known[id.Level].LongLength || !known[id.Level][id.Index])
        {
            return false;
        }
        hash = hashes[id.Level].AsSpan(checked((int)(id.Index * HashSize)), HashSize);
        return true;
    }

    /// <summary>The root of the first <paramref name="size"/> leaves (size ≤ Count), or null if a leaf under it is unknown.</summary>
    public byte[]? Root(long size)
    {
        if (size == 0)
        {
            return (byte[])hasher.EmptyRoot.Clone();
        }
        var nodes = ProofPlan.Root(size).Nodes;
        if (!TryNode(nodes[^1], out var last))
        {
            return null;
        }
        var root = last.ToArray();
        for (var i = nodes.Count - 2; i >= 0; i--)
        {
            if (!TryNode(nodes[i], out var left))
            {
                return null;
            }
            hasher.HashChildren(left, root, root);
        }
        return root;
    }
}
