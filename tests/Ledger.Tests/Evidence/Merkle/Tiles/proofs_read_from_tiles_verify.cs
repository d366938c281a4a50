using Ledger.Evidence.Crypto;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Merkle.Tiles;

namespace Ledger.Tests.Evidence.Merkle.Tiles;

/// <summary>
/// Roots and proofs assembled from nothing but tiles, for random tree sizes across three tile levels: they equal
/// the node store's and verify; a changed byte in any tile makes them fail; only tiles of the asked size are read.
/// </summary>
public sealed class proofs_read_from_tiles_verify
{
    // Past 256² leaves, so level-2 tiles and nodes folded inside level-1 tiles both occur.
    private const int Leaves = 256 * 256 + 256 * 3 + 45;

    private static (MemoryNodeStore Store, MerkleLog Log) Tree(MerkleHasher hasher)
    {
        var store = new MemoryNodeStore();
        var range = new CompactRange(hasher);
        var leaf = new byte[8];
        for (var i = 0L; i < Leaves; i++)
        {
            BitConverter.TryWriteBytes(leaf, i);
            range.Append(hasher.HashLeaf(leaf), store.Write);
        }
        return (store, MerkleLog.Open(hasher, store, Leaves));
    }

    /// <summary>Serves the tiles of the tree of <paramref name="size"/> from the store, as a log would, refusing any the checkpoint does not vouch for.</summary>
    private static IReadOnlyList<byte[]> Fetch(MemoryNodeStore store, long size, IReadOnlyList<TileId> tiles)
    {
        Assert.Equal(tiles.Count, tiles.Distinct().Count());
        return [.. tiles.Select(tile =>
        {
            Assert.Equal(TileLayout.At(tile.Level, tile.Index, size), tile);
            return store.Read([.. Enumerable.Range(0, tile.Width).Select(tile.Node)]).SelectMany(h => h).ToArray();
        })];
    }

    private static byte[][] FromTiles(MerkleHasher hasher, MemoryNodeStore store, long size, ProofPlan proof)
    {
        var tiles = TilePlan.For(proof.Nodes, size);
        return proof.Build(hasher, tiles.Build(hasher, Fetch(store, size, tiles.Tiles)));
    }

    [Theory]
    [InlineData("intl")]
    [InlineData("gm")]
    public void roots_and_proofs_from_tiles_equal_the_stores_and_verify(string suite)
    {
        var hasher = MerkleHasher.For(CryptoSuite.Find(suite)!);
        var (store, log) = Tree(hasher);
        var random = new Random(9162);
        long[] edges = [1, 2, 255, 256, 257, 511, 512, 65_535, 65_536, 65_537, Leaves];
        foreach (var size in edges.Concat(Enumerable.Range(0, 60).Select(_ => random.NextInt64(1, Leaves + 1))))
        {
            var root = FromTiles(hasher, store, size, ProofPlan.Root(size))[0];
            Assert.Equal(log.Root(size), root);

            var index = random.NextInt64(0, size);
            var inclusion = FromTiles(hasher, store, size, ProofPlan.Inclusion(index, size));
            Assert.Equal(log.InclusionProof(index, size), inclusion);
            var leaf = log.Leaf(index);
            var verdict = MerkleVerifier.VerifyInclusion(hasher, index, size, leaf, inclusion, root);
            Assert.True(verdict.IsValid, verdict.Failure);

            var size1 = random.NextInt64(1, size + 1);
            var consistency = FromTiles(hasher, store, size, ProofPlan.Consistency(size1, size));
            Assert.Equal(log.ConsistencyProof(size1, size), consistency);
            verdict = MerkleVerifier.VerifyConsistency(hasher, size1, size, consistency, log.Root(size1), root);
            Assert.True(verdict.IsValid, verdict.Failure);
        }
    }

    [Fact]
    public void a_changed_byte_in_any_tile_breaks_the_proof()
    {
        var hasher = MerkleHasher.Intl;
        var (store, log) = Tree(hasher);
        var random = new Random(6962);
        for (var trial = 0; trial < 20; trial++)
        {
            var size = random.NextInt64(2, Leaves + 1);
            var index = random.NextInt64(0, size);
            var proof = ProofPlan.Inclusion(index, size);
            var tiles = TilePlan.For(proof.Nodes, size);
            var data = Fetch(store, size, tiles.Tiles);
            // Only the bytes a proof folds matter; flip one inside a slice the plan reads.
            var hashes = tiles.Build(hasher, data);
            for (var t = 0; t < data.Count; t++)
            {
                for (var probe = 0; probe < 8; probe++)
                {
                    var tampered = data.Select(d => (byte[])d.Clone()).ToArray();
                    var at = random.Next(tampered[t].Length);
                    tampered[t][at] ^= (byte)(1 << random.Next(8));
                    var changed = tiles.Build(hasher, tampered);
                    if (changed.Zip(hashes).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second)))
                    {
                        continue;
                    }
                    var verdict = MerkleVerifier.VerifyInclusion(hasher, index, size, log.Leaf(index), proof.Build(hasher, changed), log.Root(size));
                    Assert.False(verdict.IsValid, $"tile {tiles.Tiles[t]} byte {at} changed and the proof still verifies");
                }
            }
        }
    }

    [Fact]
    public void a_tile_of_the_wrong_length_is_named()
    {
        var hasher = MerkleHasher.Intl;
        var (store, _) = Tree(hasher);
        var plan = TilePlan.For(ProofPlan.Root(300).Nodes, 300);
        var data = Fetch(store, 300, plan.Tiles).ToArray();
        // 256 leaves from the level-1 hash (a partial tile of width 1), the other 44 folded from level 0.
        Assert.Equal([new TileId(1, 0, 1), new TileId(0, 1, 44)], plan.Tiles);
        data[1] = data[1][..^1];
        var error = Assert.Throws<ArgumentException>(() => plan.Build(hasher, data));
        Assert.Contains("tile/0/001.p/44 is 1407 bytes; 44 hashes are 1408", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_node_outside_the_tree_is_not_planned()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TilePlan.For([new NodeId(0, 300)], 300));
        Assert.Throws<ArgumentOutOfRangeException>(() => TilePlan.For([new NodeId(9, 0)], 300));
        Assert.Equal([new TileId(1, 0, 1)], TilePlan.For([new NodeId(8, 0)], 300).Tiles);
        Assert.Equal([new TileId(1, 0, 1)], TilePlan.For([new NodeId(8, 0)], 256).Tiles);
        Assert.Equal([new TileId(0, 1, 44)], TilePlan.For([new NodeId(2, 74)], 300).Tiles);
    }
}
