using System.Numerics;

namespace Ledger.Evidence.Merkle;

/// <summary>
/// Which stored nodes a root or proof needs, apart from fetching them and from verifying the result.
/// Each proof element is the hash of a leaf range of the RFC 9162 §2.1 recursion; a range that is not a
/// perfect subtree (only ever the one on the tree's right border) is folded from at most log₂ n perfect
/// ones, so any plan reads O(log n) nodes. Callers fetch <see cref="Nodes"/> from wherever the tree lives
/// (memory, PostgreSQL, tiles), in one batch, then call <see cref="Build"/>.
/// </summary>
public sealed class ProofPlan
{
    private readonly List<NodeId> nodes = [];
    private readonly List<int> elementEnds = [];

    private ProofPlan()
    {
    }

    /// <summary>The nodes to fetch, in the order <see cref="Build"/> expects their hashes.</summary>
    public IReadOnlyList<NodeId> Nodes => nodes;

    /// <summary>Number of hashes the built proof will have.</summary>
    public int Length => elementEnds.Count;

    /// <summary>The nodes whose fold is the root of the first <paramref name="size"/> leaves (size ≥ 1).</summary>
    public static ProofPlan Root(long size)
    {
        RequireRange(size >= 1, $"root needs a non-empty tree, got size {size}");
        var plan = new ProofPlan();
        plan.AddRange(0, size);
        return plan;
    }

    /// <summary>RFC 9162 §2.1.3.1 PATH(index, D[0:size]). Requires 0 ≤ index &lt; size.</summary>
    public static ProofPlan Inclusion(long index, long size)
    {
        RequireRange(index >= 0 && index < size, $"leaf index {index} is outside a tree of size {size}");
        var plan = new ProofPlan();
        plan.AddPath(index, 0, size);
        return plan;
    }

    /// <summary>RFC 9162 §2.1.4.1 PROOF(size1, D[0:size2]). Requires 0 &lt; size1 ≤ size2.</summary>
    public static ProofPlan Consistency(long size1, long size2)
    {
        RequireRange(size1 > 0 && size1 <= size2, $"no consistency proof from size {size1} to size {size2}");
        var plan = new ProofPlan();
        if (size1 < size2)
        {
            plan.AddSubproof(size1, 0, size2, complete: true);
        }
        return plan;
    }

    /// <summary>
    /// Folds the fetched hashes into the proof's elements. <paramref name="hashes"/> holds one hash per
    /// entry of <see cref="Nodes"/>, in the same order.
    /// </summary>
    public byte[][] Build(MerkleHasher hasher, IReadOnlyList<byte[]> hashes)
    {
        if (hashes.Count != nodes.Count)
        {
            throw new ArgumentException($"plan needs {nodes.Count} node hashes, got {hashes.Count}", nameof(hashes));
        }
        var proof = new byte[elementEnds.Count][];
        var start = 0;
        for (var e = 0; e < elementEnds.Count; e++)
        {
            var end = elementEnds[e];
            var folded = (byte[])hashes[end - 1].Clone();
            for (var i = end - 2; i >= start; i--)
            {
                hasher.HashChildren(hashes[i], folded, folded);
            }
            proof[e] = folded;
            start = end;
        }
        return proof;
    }

    /// <summary>The largest power of two strictly less than <paramref name="n"/> (n ≥ 2): the RFC's split point k.</summary>
    internal static long Split(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));

    private void AddPath(long index, long begin, long end)
    {
        if (end - begin == 1)
        {
            return;
        }
        var k = Split(end - begin);
        if (index < begin + k)
        {
            AddPath(index, begin, begin + k);
            AddRange(begin + k, end);
        }
        else
        {
            AddPath(index, begin + k, end);
            AddRange(begin, begin + k);
        }
    }

    private void AddSubproof(long m, long begin, long end, bool complete)
    {
        var n = end - begin;
        if (m == n)
        {
            if (!complete)
            {
                AddRange(begin, end);
            }
            return;
        }
        var k = Split(n);
        if (m <= k)
        {
            AddSubproof(m, begin, begin + k, complete);
            AddRange(begin + k, end);
        }
        else
        {
            AddSubproof(m - k, begin + k, end, complete: false);
            AddRange(begin, begin + k);
        }
    }

    /// <summary>Adds one element: the hash of leaves [begin, end), as maximal aligned perfect subtrees.</summary>
    private void AddRange(long begin, long end)
    {
        while (begin < end)
        {
            var alignment = begin == 0 ? 63 : BitOperations.TrailingZeroCount(begin);
            var fits = 63 - BitOperations.LeadingZeroCount((ulong)(end - begin));
            var level = Math.Min(alignment, fits);
            nodes.Add(new NodeId(level, begin >> level));
            begin += 1L << level;
        }
        elementEnds.Add(nodes.Count);
    }

    private static void RequireRange(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(null, message);
        }
    }
}
