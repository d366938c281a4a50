using Ledger.Evidence.Merkle.Tiles;

namespace Ledger.Tests.Evidence.Merkle.Tiles;

/// <summary>C2SP tlog-tiles paths: the spec's example, partial tiles, one spelling per tile, and every malformed path refused with its reason.</summary>
public sealed class tile_paths_follow_the_c2sp_spelling
{
    [Theory]
    [InlineData(0L, "000")]
    [InlineData(7L, "007")]
    [InlineData(999L, "999")]
    [InlineData(1000L, "x001/000")]
    [InlineData(1234067L, "x001/x234/067")]
    [InlineData(long.MaxValue, "x009/x223/x372/x036/x854/x775/807")]
    public void an_index_is_written_in_three_digit_groups(long index, string expected)
    {
        Assert.Equal(expected, TilePath.FormatIndex(index));
    }

    [Theory]
    [InlineData(0, 1234067L, 256, "tile/0/x001/x234/067")]
    [InlineData(0, 1234067L, 8, "tile/0/x001/x234/067.p/8")]
    [InlineData(1, 0L, 17, "tile/1/000.p/17")]
    [InlineData(2, 0L, 1, "tile/2/000.p/1")]
    [InlineData(63, 5L, 255, "tile/63/005.p/255")]
    public void a_tile_path_round_trips(int level, long index, int width, string path)
    {
        var tile = new TileId(level, index, width);
        Assert.Equal(path, TilePath.Format(tile));
        Assert.Equal(path, tile.ToString());
        Assert.True(TilePath.TryParse(path, out var parsed, out var error), error);
        Assert.Equal(tile, parsed);
        Assert.Equal(width < 256, parsed.IsPartial);
    }

    [Fact]
    public void random_tiles_round_trip()
    {
        var random = new Random(6962);
        for (var i = 0; i < 2000; i++)
        {
            var tile = new TileId(random.Next(0, 64), random.NextInt64(0, long.MaxValue) >> random.Next(0, 63), random.Next(1, 257));
            Assert.True(TilePath.TryParse(TilePath.Format(tile), out var parsed, out var error), error);
            Assert.Equal(tile, parsed);
        }
    }

    [Theory]
    [InlineData("0/000", "does not start with 'tile/'")]
    [InlineData("tile/0", "no index")]
    [InlineData("tile//000", "tile level ''")]
    [InlineData("tile/00/000", "tile level '00'")]
    [InlineData("tile/64/000", "tile level '64'")]
    [InlineData("tile/-1/000", "tile level '-1'")]
    [InlineData("tile/+1/000", "tile level '+1'")]
    [InlineData("tile/entries/000", "tile level 'entries'")]
    [InlineData("tile/0/", "group 1 '' is not three digits")]
    [InlineData("tile/0/1234", "group 1 '1234' is not three digits")]
    [InlineData("tile/0/12", "group 1 '12' is not three digits")]
    [InlineData("tile/0/x001", "group 1 'x001' is not three digits")]
    [InlineData("tile/0/001/234", "group 1 '001' is not x followed by three digits")]
    [InlineData("tile/0/x1/234", "group 1 'x1' is not x followed by three digits")]
    [InlineData("tile/0/x001/x234/06a", "group 3 '06a' is not three digits")]
    [InlineData("tile/0/x000/001", "starts with x000")]
    [InlineData("tile/0/x009/x223/x372/x036/x854/x775/808", "larger than")]
    [InlineData("tile/0/000.p/0", "partial tile width '0'")]
    [InlineData("tile/0/000.p/256", "partial tile width '256'")]
    [InlineData("tile/0/000.p/08", "partial tile width '08'")]
    [InlineData("tile/0/000.p/", "partial tile width ''")]
    [InlineData("tile/0/000.p", "group 1 '000.p' is not three digits")]
    [InlineData("tile/0/000.x/8", "group 1 '000.x' is not x followed by three digits")]
    public void a_malformed_path_is_refused_with_its_reason(string path, string reason)
    {
        Assert.False(TilePath.TryParse(path, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
