namespace Ledger.Evidence.Merkle.Tiles;

/// <summary>
/// Which tiles a tree of a given size has. At tile level L the tree has floor(size / 256^L) hashes, the roots
/// of its complete subtrees of 256^L leaves; they fill full tiles from the left and, if 256 does not divide
/// their number, one partial tile of the remainder. A tree of size 70,000 has 273 full level-0 tiles and one
/// of width 112, one full level-1 tile and one of width 17, and a level-2 tile of width 1.
/// </summary>
public static class TileLayout
{
    /// <summary>The highest tree level a node of a tree of at most <see cref="long.MaxValue"/> leaves can have.</summary>
    public const int MaxNodeLevel = 62;

    /// <summary>Hashes the tree of <paramref name="size"/> leaves has at tile level <paramref name="level"/>: its complete subtrees of 256^level leaves.</summary>
    public static long HashCount(int level, long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        // Checked: C# takes a long's shift count modulo 64, so level 8 would silently shift by 0.
        return level * TileId.Height > MaxNodeLevel ? 0 : size >> (level * TileId.Height);
    }

    /// <summary>
    /// The width of tile <paramref name="index"/> at <paramref name="level"/> in the tree of <paramref name="size"/>
    /// leaves: <see cref="TileId.FullWidth"/> for a full tile, less for the partial tile at the right edge, 0 where the tree has none.
    /// </summary>
    public static int Width(int level, long index, long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var count = HashCount(level, size);
        var before = count / TileId.FullWidth;
        return index < before ? TileId.FullWidth : index == before ? (int)(count % TileId.FullWidth) : 0;
    }

    /// <summary>
    /// Whether every hash of <paramref name="tile"/> is in the tree of <paramref name="size"/> leaves, so the tile
    /// can be served for it: a full tile once complete, a partial tile of width W once the level has reached it
    /// (it is then the tile of a smaller tree, and a prefix of the tile at this size).
    /// </summary>
    public static bool Contains(long size, TileId tile)
    {
        var count = HashCount(tile.Level, size);
        return count >= tile.Width && tile.Index <= (count - tile.Width) / TileId.FullWidth;
    }

    /// <summary>The tile at <paramref name="level"/> and <paramref name="index"/> as the tree of <paramref name="size"/> leaves has it, or null if it has none there.</summary>
    public static TileId? At(int level, long index, long size) =>
        Width(level, index, size) is > 0 and var width ? new TileId(level, index, width) : null;

    /// <summary>Every tile of the tree of <paramref name="size"/> leaves, level by level from 0, left to right.</summary>
    public static IEnumerable<TileId> For(long size)
    {
        for (var level = 0; HashCount(level, size) > 0; level++)
        {
            var count = HashCount(level, size);
            for (long index = 0; index * TileId.FullWidth < count; index++)
            {
                yield return new TileId(level, index, Width(level, index, size));
            }
        }
    }
}
