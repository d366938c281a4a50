namespace Ledger.Evidence.Merkle;

/// <summary>
/// An append-only RFC 9162 log over a node store: appends leaf hashes, and answers roots, inclusion
/// proofs and consistency proofs for any size it has reached. Every proof reads O(log n) nodes.
/// </summary>
public sealed class MerkleLog
{
    private readonly INodeStore store;
    private readonly CompactRange range;
    private readonly CompactRange.NodeSink sink;

    public MerkleLog(MerkleHasher hasher)
        : this(hasher, new MemoryNodeStore(), new CompactRange(hasher))
    {
    }

    private MerkleLog(MerkleHasher hasher, INodeStore store, CompactRange range)
    {
        Hasher = hasher;
        this.store = store;
        this.range = range;
        sink = store.Write;
    }

    public MerkleHasher Hasher { get; }

    public long Size => range.Size;

    /// <summary>Opens a log whose store already holds <paramref name="size"/> leaves and all their nodes.</summary>
    public static MerkleLog Open(MerkleHasher hasher, INodeStore store, long size)
    {
        var range = size == 0
            ? new CompactRange(hasher)
            : new CompactRange(hasher, size, store.Read(ProofPlan.Root(size).Nodes));
        return new MerkleLog(hasher, store, range);
    }

    /// <summary>Appends a leaf hash (an event hash, already H(0x00 || event)) and returns its index.</summary>
    public long Append(ReadOnlySpan<byte> leafHash)
    {
        var index = range.Size;
        range.Append(leafHash, sink);
        return index;
    }

    public byte[] Root() => range.Root();

    /// <summary>The root the log had at <paramref name="size"/> leaves (0 ≤ size ≤ Size).</summary>
    public byte[] Root(long size)
    {
        RequireReached(size);
        return size == 0 ? (byte[])Hasher.EmptyRoot.Clone() : Fetch(ProofPlan.Root(size))[0];
    }

    /// <summary>The leaf hash stored at <paramref name="index"/>.</summary>
    public byte[] Leaf(long index)
    {
        if (index < 0 || index >= range.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"leaf index {index} is outside the log's 0..{range.Size - 1}");
        }
        return store.Read([new NodeId(0, index)])[0];
    }

    public byte[][] InclusionProof(long index, long size)
    {
        RequireReached(size);
        return Fetch(ProofPlan.Inclusion(index, size));
    }

    public byte[][] ConsistencyProof(long size1, long size2)
    {
        RequireReached(size2);
        return Fetch(ProofPlan.Consistency(size1, size2));
    }

    private byte[][] Fetch(ProofPlan plan) => plan.Build(Hasher, store.Read(plan.Nodes));

    private void RequireReached(long size)
    {
        if (size < 0 || size > range.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"size {size} is outside the log's 0..{range.Size}");
        }
    }
}
