using Ledger.Evidence.Blocks;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Merkle.Tiles;
using Ledger.Store;
using Ledger.Tests.Support;

namespace Ledger.Tests.Store.Log;

/// <summary>
/// The store's public reads of the log stop at the newest sealed block: appended but unsealed events are in no
/// tile and no proof, while any smaller tree (a partial tile of an older size, a proof between blocks) is served.
/// </summary>
public sealed class the_public_log_shows_nothing_beyond_the_newest_block(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task unsealed_events_stay_out_until_their_block()
    {
        await using var store = await TestLedger.OpenAsync(await postgres.DatabaseFor(this), "ledger");
        var hasher = MerkleHasher.For(store.Options.Suite);
        Assert.Equal("no block has been sealed yet", (await store.ReadTileAsync(new TileId(0, 0, 1), Ct)).Problem);

        var leaves = new List<byte[]>();
        for (var version = 0; version < 5; version++)
        {
            var appended = await store.AppendAsync("tender/T-1", version, new NoteRecorded($"第{version}条", version, null), TestLedger.Context, Ct);
            leaves.Add(appended.Promise.EventHash);
            if (version == 2)
            {
                Assert.Equal(3, await new Sealer(store).SealNowAsync(Ct));
            }
        }
        var first = Block((await store.NewestBlockAsync(Ct))!);
        Assert.Equal(3, first.Size);

        var tile = await store.ReadTileAsync(new TileId(0, 0, 3), Ct);
        Assert.Equal(leaves.Take(3).SelectMany(h => h), tile.Value!);
        Assert.Equal(leaves.Take(2).SelectMany(h => h), (await store.ReadTileAsync(new TileId(0, 0, 2), Ct)).Value!);
        Missing(await store.ReadTileAsync(new TileId(0, 0, 4), Ct), "tree of size 3 has 3 hashes at tile level 0");
        Missing(await store.ReadTileAsync(new TileId(0, 0), Ct), "tree of size 3");
        Missing(await store.InclusionProofAsync(leaves[3], null, Ct), "not sealed yet");
        Missing(await store.InclusionProofAsync(3, null, Ct), "the log has no leaf 3");
        Missing(await store.InclusionProofAsync(0, 4, Ct), "no signed tree of size 4");
        Missing(await store.ConsistencyProofAsync(1, 4, Ct), "no signed tree of size 4");
        Refused(await store.InclusionProofAsync(2, 2, Ct), "outside the tree of size 2");
        Refused(await store.InclusionProofAsync(leaves[0][..31], null, Ct), "31 bytes");
        Refused(await store.ConsistencyProofAsync(0, null, Ct), "proves nothing");
        Refused(await store.ConsistencyProofAsync(3, 2, Ct), "never shrinks");

        var proof = (await store.InclusionProofAsync(leaves[1], null, Ct)).Value!;
        Assert.Equal((1L, 3L, Convert.ToHexString(leaves[1])), (proof.LeafIndex, proof.TreeSize, Convert.ToHexString(proof.LeafHash)));
        Assert.Equal(await store.NewestBlockAsync(Ct), proof.Checkpoint);
        Verify(MerkleVerifier.VerifyInclusion(hasher, 1, 3, leaves[1], proof.Hashes, first.RootHash));

        Assert.Equal(2, await new Sealer(store).SealNowAsync(Ct));
        var second = Block((await store.NewestBlockAsync(Ct))!);
        Assert.Equal(leaves.SelectMany(h => h), (await store.ReadTileAsync(new TileId(0, 0, 5), Ct)).Value!);
        var consistency = (await store.ConsistencyProofAsync(3, null, Ct)).Value!;
        Assert.Equal((await store.BlockNoteAsync(0, Ct), await store.BlockNoteAsync(1, Ct)), (consistency.FromCheckpoint, consistency.ToCheckpoint));
        Verify(MerkleVerifier.VerifyConsistency(hasher, 3, 5, consistency.Hashes, first.RootHash, second.RootHash));

        // Size 4 was never a block: the proof comes without a checkpoint, to be checked against one the client holds.
        var between = (await store.InclusionProofAsync(leaves[3], 4, Ct)).Value!;
        Assert.Equal((3L, 4L, null), (between.LeafIndex, between.TreeSize, between.Checkpoint));
        var root4 = new MerkleLog(hasher);
        leaves.Take(4).ToList().ForEach(leaf => root4.Append(leaf));
        Verify(MerkleVerifier.VerifyInclusion(hasher, 3, 4, leaves[3], between.Hashes, root4.Root()));
        Assert.Null(await store.BlockNoteAsync(2, Ct));
    }

    private static EvidenceBlock Block(string note)
    {
        Assert.True(EvidenceBlock.TryParseNote(note, out _, out var block, out var error), error);
        return block;
    }

    private static void Missing<T>(LogRead<T> read, string reason)
        where T : class
    {
        Assert.True(read.IsMissing, read.Problem ?? "found");
        Assert.Contains(reason, read.Problem, StringComparison.Ordinal);
    }

    private static void Refused<T>(LogRead<T> read, string reason)
        where T : class
    {
        Assert.False(read.IsFound || read.IsMissing, read.Problem ?? "found");
        Assert.Contains(reason, read.Problem, StringComparison.Ordinal);
    }

    private static void Verify(Ledger.Evidence.Verdict verdict) => Assert.True(verdict.IsValid, verdict.Failure);
}
