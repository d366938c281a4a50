namespace Ledger.Evidence.Merkle;

/// <summary>
/// Nodes in memory, one growable array of 32-byte slots per level, in chunks so a tree of 2^24 leaves
/// needs no single huge allocation. For tests, benchmarks and the offline verifier.
/// </summary>
public sealed class MemoryNodeStore : INodeStore
{
    private const int ChunkBits = 16;
    private const int ChunkSlots = 1 << ChunkBits;
    private const int Size = MerkleHasher.Size;

    private readonly List<List<byte[]>> levels = [];
    private readonly List<long> counts = [];

    public void Write(NodeId id, ReadOnlySpan<byte> hash)
    {
        while (levels.Count <= id.Level)
        {
            levels.Add([]);
            counts.Add(0);
        }
        if (id.Index != counts[id.Level])
        {
            throw new InvalidOperationException($"node {id} written out of order; level {id.Level} holds {counts[id.Level]} nodes");
        }
        var chunks = levels[id.Level];
        var chunk = (int)(id.Index >> ChunkBits);
        if (chunk == chunks.Count)
        {
            chunks.Add(new byte[ChunkSlots * Size]);
        }
        hash.CopyTo(chunks[chunk].AsSpan((int)(id.Index & (ChunkSlots - 1)) * Size, Size));
        counts[id.Level]++;
    }

    public IReadOnlyList<byte[]> Read(IReadOnlyList<NodeId> ids)
    {
        var hashes = new byte[ids.Count][];
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (id.Level >= levels.Count || id.Index >= counts[id.Level])
            {
                throw new KeyNotFoundException($"node {id} has not been written");
            }
            hashes[i] = levels[id.Level][(int)(id.Index >> ChunkBits)]
                .AsSpan((int)(id.Index & (ChunkSlots - 1)) * Size, Size).ToArray();
        }
        return hashes;
    }
}
