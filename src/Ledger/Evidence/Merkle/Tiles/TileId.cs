namespace Ledger.Evidence.Merkle.Tiles;

/// <summary>
/// A C2SP tlog-tiles hash tile: at tile level L and index N, the hashes of <see cref="Width"/> consecutive
/// perfect subtrees of 256^L leaves, that is the tree nodes (8·L, N·256 + i) for 0 ≤ i &lt; Width. A full
/// tile holds 256 hashes; a partial one 1 to 255, the right edge of a tree whose size ends inside it. A
/// tile's bytes never change: a partial tile of width W is the first W hashes of the full tile to come.
/// </summary>
public readonly record struct TileId
{
    /// <summary>Tree levels one tile spans: its hashes are the leaves of a subtree of height 8.</summary>
    public const int Height = 8;

    public const int FullWidth = 1 << Height;

    /// <summary>The highest level a tile path may name (the spec's bound; a long-indexed tree uses levels 0 to 7).</summary>
    public const int MaxLevel = 63;

    public TileId(int level, long index, int width = FullWidth)
    {
        if (level is < 0 or > MaxLevel)
        {
            throw new ArgumentOutOfRangeException(nameof(level), $"tile level {level} is outside 0..{MaxLevel}");
        }
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"tile index {index} is negative");
        }
        if (width is < 1 or > FullWidth)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"tile width {width} is outside 1..{FullWidth}");
        }
        Level = level;
        Index = index;
        Width = width;
    }

    public int Level { get; }

    public long Index { get; }

    public int Width { get; }

    public bool IsPartial => Width < FullWidth;

    /// <summary>The tree level of the tile's hashes: 8·L.</summary>
    public int NodeLevel => Level * Height;

    /// <summary>Bytes the tile is served as: its hashes concatenated.</summary>
    public int ByteLength => Width * MerkleHasher.Size;

    /// <summary>The tree node whose hash is at <paramref name="position"/> (0 ≤ position &lt; <see cref="Width"/>) of the tile.</summary>
    public NodeId Node(int position)
    {
        if (position < 0 || position >= Width)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"position {position} is outside {this}");
        }
        if (NodeLevel > TileLayout.MaxNodeLevel)
        {
            throw new InvalidOperationException($"{this} lies above any tree of at most {long.MaxValue} leaves");
        }
        return new NodeId(NodeLevel, Index * FullWidth + position);
    }

    /// <summary>The tile's path below the log's prefix, <c>tile/L/N[.p/W]</c>.</summary>
    public override string ToString() => TilePath.Format(this);
}
