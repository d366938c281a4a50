using Ledger.Evidence.Merkle;
using Ledger.Evidence.Merkle.Tiles;

namespace Ledger.Tests.Evidence.Merkle.Tiles;

/// <summary>Which tiles a tree has, checked against the spec's examples and against the tree's nodes themselves.</summary>
public sealed class the_tiles_of_a_tree_are_full_then_partial
{
    [Fact]
    public void a_tree_of_70000_has_the_tiles_the_spec_lists()
    {
        var tiles = TileLayout.For(70_000).ToList();
        Assert.Equal(273, tiles.Count(t => t is { Level: 0, IsPartial: false }));
        Assert.Equal([new TileId(0, 273, 112)], tiles.Where(t => t is { Level: 0, IsPartial: true }));
        Assert.Equal([new TileId(1, 0)], tiles.Where(t => t is { Level: 1, IsPartial: false }));
        Assert.Equal([new TileId(1, 1, 17)], tiles.Where(t => t is { Level: 1, IsPartial: true }));
        Assert.Equal([new TileId(2, 0, 1)], tiles.Where(t => t.Level == 2));
        Assert.Equal(277, tiles.Count);
        Assert.Equal(Enumerable.Range(0, 273).Select(i => (long)i), tiles.Where(t => t is { Level: 0, IsPartial: false }).Select(t => t.Index));
    }

    [Fact]
    public void a_tree_of_256_has_a_full_tile_and_a_partial_one_above_it()
    {
        Assert.Equal([new TileId(0, 0), new TileId(1, 0, 1)], TileLayout.For(256));
        Assert.Equal([new TileId(0, 0, 255)], TileLayout.For(255));
        Assert.Equal([new TileId(0, 0, 1)], TileLayout.For(1));
        Assert.Empty(TileLayout.For(0));
    }

    [Theory]
    [InlineData(70_000L, 0, 272L, 256)]
    [InlineData(70_000L, 0, 273L, 112)]
    [InlineData(70_000L, 0, 274L, 0)]
    [InlineData(70_000L, 1, 1L, 17)]
    [InlineData(70_000L, 2, 0L, 1)]
    [InlineData(70_000L, 3, 0L, 0)]
    [InlineData(long.MaxValue, 7, 0L, 127)]
    [InlineData(long.MaxValue, 8, 0L, 0)]
    [InlineData(long.MaxValue, 63, 0L, 0)]
    public void a_tile_has_the_width_of_the_hashes_at_its_level(long size, int level, long index, int width)
    {
        Assert.Equal(width, TileLayout.Width(level, index, size));
        Assert.Equal(width == 0 ? null : new TileId(level, index, width), TileLayout.At(level, index, size));
    }

    [Fact]
    public void a_tile_is_served_once_its_hashes_are_all_in_the_tree()
    {
        // Level 0 of a tree of 70,000 holds hashes 0..69,999: tile 273 is partial there, at width 112.
        Assert.True(TileLayout.Contains(70_000, new TileId(0, 272)));
        Assert.True(TileLayout.Contains(70_000, new TileId(0, 273, 112)));
        Assert.True(TileLayout.Contains(70_000, new TileId(0, 273, 5)));
        Assert.True(TileLayout.Contains(70_000, new TileId(0, 100, 5)));
        Assert.False(TileLayout.Contains(70_000, new TileId(0, 273, 113)));
        Assert.False(TileLayout.Contains(70_000, new TileId(0, 273)));
        Assert.False(TileLayout.Contains(70_000, new TileId(0, 274, 1)));
        Assert.False(TileLayout.Contains(70_000, new TileId(1, 1)));
        Assert.False(TileLayout.Contains(70_000, new TileId(3, 0, 1)));
        Assert.False(TileLayout.Contains(long.MaxValue, new TileId(8, 0, 1)));
        Assert.False(TileLayout.Contains(long.MaxValue, new TileId(0, long.MaxValue)));
    }

    [Fact]
    public void a_tiles_hashes_are_the_nodes_eight_levels_per_tile_up()
    {
        var tile = new TileId(2, 3, 17);
        Assert.Equal(16, tile.NodeLevel);
        Assert.Equal(new NodeId(16, 3 * 256), tile.Node(0));
        Assert.Equal(new NodeId(16, 3 * 256 + 16), tile.Node(16));
        Assert.Equal(17 * 32, tile.ByteLength);
        Assert.Throws<ArgumentOutOfRangeException>(() => tile.Node(17));
        Assert.Throws<InvalidOperationException>(() => new TileId(8, 0).Node(0));
    }

    [Theory]
    [InlineData(-1, 0L, 1)]
    [InlineData(64, 0L, 1)]
    [InlineData(0, -1L, 1)]
    [InlineData(0, 0L, 0)]
    [InlineData(0, 0L, 257)]
    public void an_impossible_tile_cannot_be_named(int level, long index, int width)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TileId(level, index, width));
    }
}
