namespace Ledger.Evidence.Merkle.Tiles;

/// <summary>
/// Which tiles hold the nodes a <see cref="ProofPlan"/> needs, apart from fetching them: a node at tree level
/// 8·L + r is the root of 2^r consecutive hashes of one tile at level L, so it is read from that tile and
/// folded up r levels. Each tile is named once and at the width it has in the tree of the plan's size, so a
/// client asks only for tiles a checkpoint of that size vouches for. Fetch <see cref="Tiles"/> (from a log's
/// tile endpoint, a file system, memory), then call <see cref="Build"/>; verification stays with
/// <see cref="MerkleVerifier"/>, which is what catches a wrong tile.
/// </summary>
public sealed class TilePlan
{
    private readonly List<TileId> tiles = [];
    private readonly List<Slice> slices = [];

    private TilePlan()
    {
    }

    /// <summary>The tiles to fetch, each once, in the order <see cref="Build"/> expects their bytes.</summary>
    public IReadOnlyList<TileId> Tiles => tiles;

    /// <summary>
    /// Plans reading <paramref name="nodes"/> of the tree of <paramref name="size"/> leaves. Every node MUST be a
    /// perfect subtree inside that tree, as a <see cref="ProofPlan"/> for a size up to <paramref name="size"/> asks for.
    /// </summary>
    public static TilePlan For(IReadOnlyList<NodeId> nodes, long size)
    {
        var plan = new TilePlan();
        var positions = new Dictionary<TileId, int>();
        foreach (var node in nodes)
        {
            if (node.Level < 0 || node.Level > TileLayout.MaxNodeLevel || node.Index < 0 || node.Index >= size >> node.Level)
            {
                throw new ArgumentOutOfRangeException(nameof(nodes), $"node {node} is not a complete subtree of a tree of size {size}");
            }
            var level = node.Level / TileId.Height;
            var rise = node.Level % TileId.Height;
            var first = node.Index << rise;
            var tile = TileLayout.At(level, first / TileId.FullWidth, size)!.Value;
            if (!positions.TryGetValue(tile, out var position))
            {
                position = plan.tiles.Count;
                positions.Add(tile, position);
                plan.tiles.Add(tile);
            }
            plan.slices.Add(new Slice(position, (int)(first % TileId.FullWidth), 1 << rise));
        }
        return plan;
    }

    /// <summary>
    /// The nodes' hashes, in the order they were planned, from <paramref name="tileData"/>: one entry per
    /// <see cref="Tiles"/> entry, each the tile's hashes concatenated (<see cref="TileId.ByteLength"/> bytes).
    /// </summary>
    public IReadOnlyList<byte[]> Build(MerkleHasher hasher, IReadOnlyList<byte[]> tileData)
    {
        if (tileData.Count != tiles.Count)
        {
            throw new ArgumentException($"plan needs {tiles.Count} tiles, got {tileData.Count}", nameof(tileData));
        }
        for (var t = 0; t < tiles.Count; t++)
        {
            if (tileData[t].Length != tiles[t].ByteLength)
            {
                throw new ArgumentException($"{tiles[t]} is {tileData[t].Length} bytes; {tiles[t].Width} hashes are {tiles[t].ByteLength}", nameof(tileData));
            }
        }
        var hashes = new byte[slices.Count][];
        for (var s = 0; s < slices.Count; s++)
        {
            var (tile, first, count) = slices[s];
            hashes[s] = Fold(hasher, tileData[tile].AsSpan(first * MerkleHasher.Size, count * MerkleHasher.Size));
        }
        return hashes;
    }

    /// <summary>The root of a perfect subtree whose leaves are the hashes in <paramref name="level"/> (a power of two of them).</summary>
    private static byte[] Fold(MerkleHasher hasher, ReadOnlySpan<byte> level)
    {
        const int size = MerkleHasher.Size;
        var buffer = level.ToArray();
        for (var count = buffer.Length / size; count > 1; count /= 2)
        {
            for (var k = 0; k < count / 2; k++)
            {
                // Writes slot k after slots 2k and 2k+1 are read; every slot below 2k was read before.
                hasher.HashChildren(buffer.AsSpan(2 * k * size, size), buffer.AsSpan((2 * k + 1) * size, size), buffer.AsSpan(k * size, size));
            }
        }
        return buffer[..size];
    }

    private readonly record struct Slice(int Tile, int First, int Count);
}
