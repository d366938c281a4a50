using System.Net;
using System.Net.Http.Json;
using Ledger.Api.Commands;
using Ledger.Api.Log;
using Ledger.Evidence.Blocks;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Merkle.Tiles;
using Ledger.Tests.Support;

namespace Ledger.Tests.Api;

/// <summary>
/// An outsider with no token checks the log over HTTP: the tiles rebuild the signed checkpoint's root (full and
/// partial, at the newest size and at an older block's), inclusion proofs by index and by leaf hash and a
/// consistency proof between two blocks verify with <see cref="MerkleVerifier"/>, and every bad request gets
/// problem details.
/// </summary>
public sealed class the_log_serves_tiles_and_proofs_to_anyone(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task tiles_and_proofs_check_out_against_the_checkpoints()
    {
        var database = await postgres.DatabaseFor(this);
        using var api = new LedgerApi(database, new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        await api.WaitUntilReadyAsync(Ct);
        var centre = api.As("op-001", "centre-001", "CentreOperator");
        var outsider = api.CreateClient();
        await ExpectProblem(outsider, "/log/tile/0/000.p/1", HttpStatusCode.NotFound, "no block has been sealed yet");

        var early = await EnterProjectsAsync(centre, 0, 3);
        var old = await SealedBlockAsync(outsider, early[^1]);
        // Past one full level-0 tile, so full tiles and a level-1 tile are served too.
        var late = await EnterProjectsAsync(centre, 3, 300);
        await SealedBlockAsync(outsider, late[^1]);
        string newestNote;
        using (var checkpoint = await outsider.GetAsync("/log/checkpoint", Ct))
        {
            Assert.True(checkpoint.Headers.CacheControl?.NoCache, "the checkpoint changes with every seal and must not be cached");
            newestNote = await checkpoint.Content.ReadAsStringAsync(Ct);
        }
        var newest = Block(newestNote);
        Assert.True(newest.Size > 256 && old.Size < newest.Size, $"blocks of sizes {old.Size} and {newest.Size}");
        var hasher = MerkleHasher.For(newest.Suite);

        Assert.Equal(newest.RootHash, await RootFromTilesAsync(outsider, hasher, newest.Size));
        Assert.Equal(old.RootHash, await RootFromTilesAsync(outsider, hasher, old.Size));
        var firstTile = await outsider.GetByteArrayAsync("/log/tile/0/000", Ct);
        Assert.Equal(256 * 32, firstTile.Length);

        foreach (var index in new[] { 0, 1, 255, 256, newest.Size - 1 })
        {
            var reply = await InclusionAsync(outsider, $"index={index}&size={newest.Size}");
            Assert.Equal((index, newest.Size, newestNote), (reply.LeafIndex, reply.TreeSize, reply.Checkpoint));
            Verify(MerkleVerifier.VerifyInclusion(hasher, index, newest.Size, Convert.FromHexString(reply.LeafHash), Hashes(reply.Hashes), newest.RootHash));
            if (index < 256)
            {
                Assert.Equal(firstTile.AsSpan((int)index * 32, 32).ToArray(), Convert.FromHexString(reply.LeafHash));
            }
        }
        var byLeaf = await InclusionAsync(outsider, $"leaf={early[0].EventHash}&size={old.Size}");
        Assert.Equal((old.Size, early[0].EventHash, old.Note), (byLeaf.TreeSize, byLeaf.LeafHash, byLeaf.Checkpoint));
        Verify(MerkleVerifier.VerifyInclusion(hasher, byLeaf.LeafIndex, old.Size, Convert.FromHexString(early[0].EventHash), Hashes(byLeaf.Hashes), old.RootHash));
        var byLeafNewest = await InclusionAsync(outsider, $"leaf={late[^1].EventHash.ToUpperInvariant()}");
        Verify(MerkleVerifier.VerifyInclusion(hasher, byLeafNewest.LeafIndex, byLeafNewest.TreeSize, Convert.FromHexString(late[^1].EventHash), Hashes(byLeafNewest.Hashes), Block(byLeafNewest.Checkpoint!).RootHash));

        using (var response = await outsider.GetAsync($"/log/proof/consistency?from={old.Size}&to={newest.Size}", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var consistency = (await response.Content.ReadFromJsonAsync<ConsistencyReply>(Ct))!;
            Assert.Equal((old.Note, newestNote), (consistency.FromCheckpoint, consistency.ToCheckpoint));
            Verify(MerkleVerifier.VerifyConsistency(hasher, old.Size, newest.Size, Hashes(consistency.Hashes), old.RootHash, newest.RootHash));
        }
        Assert.Equal(newestNote, await outsider.GetStringAsync($"/log/blocks/{newest.Height}", Ct));
        Assert.Equal(0, Block(await outsider.GetStringAsync("/log/blocks/0", Ct)).Height);

        await ExpectProblem(outsider, "/log/tile/entries/000", HttpStatusCode.NotFound, "entry bundles are not served");
        await ExpectProblem(outsider, "/log/tile/0/x1/000", HttpStatusCode.BadRequest, "x followed by three digits");
        await ExpectProblem(outsider, "/log/tile/0/x000/000", HttpStatusCode.BadRequest, "x000");
        await ExpectProblem(outsider, "/log/tile/64/000", HttpStatusCode.BadRequest, "tile level '64'");
        await ExpectProblem(outsider, "/log/tile/0/000.p/0", HttpStatusCode.BadRequest, "partial tile width '0'");
        await ExpectProblem(outsider, "/log/tile/0/999", HttpStatusCode.NotFound, $"tree of size {newest.Size}");
        await ExpectProblem(outsider, $"/log/tile/0/{TilePath.FormatIndex(newest.Size / 256)}", HttpStatusCode.NotFound, "is not in the log");
        await ExpectProblem(outsider, "/log/proof/inclusion", HttpStatusCode.BadRequest, "exactly one of");
        await ExpectProblem(outsider, $"/log/proof/inclusion?index=0&leaf={early[0].EventHash}", HttpStatusCode.BadRequest, "exactly one of");
        await ExpectProblem(outsider, "/log/proof/inclusion?index=abc", HttpStatusCode.BadRequest, "index 'abc'");
        await ExpectProblem(outsider, "/log/proof/inclusion?index=-1", HttpStatusCode.BadRequest, "index '-1'");
        await ExpectProblem(outsider, "/log/proof/inclusion?index=0&size=1e3", HttpStatusCode.BadRequest, "size '1e3'");
        await ExpectProblem(outsider, $"/log/proof/inclusion?index=5&size=3", HttpStatusCode.BadRequest, "outside the tree of size 3");
        await ExpectProblem(outsider, $"/log/proof/inclusion?index={newest.Size}", HttpStatusCode.NotFound, $"no leaf {newest.Size}");
        await ExpectProblem(outsider, $"/log/proof/inclusion?index=0&size={newest.Size + 1}", HttpStatusCode.NotFound, $"newest block's size is {newest.Size}");
        await ExpectProblem(outsider, "/log/proof/inclusion?leaf=zz", HttpStatusCode.BadRequest, "leaf 'zz'");
        await ExpectProblem(outsider, $"/log/proof/inclusion?leaf={new string('0', 64)}", HttpStatusCode.NotFound, "no leaf with hash");
        await ExpectProblem(outsider, "/log/proof/consistency", HttpStatusCode.BadRequest, "from=A is required");
        await ExpectProblem(outsider, "/log/proof/consistency?from=0", HttpStatusCode.BadRequest, "proves nothing");
        await ExpectProblem(outsider, $"/log/proof/consistency?from={newest.Size}&to={old.Size}", HttpStatusCode.BadRequest, "never shrinks");
        await ExpectProblem(outsider, "/log/proof/consistency?from=1&to=x", HttpStatusCode.BadRequest, "to 'x'");
        await ExpectProblem(outsider, $"/log/proof/consistency?from=1&to={newest.Size + 1}", HttpStatusCode.NotFound, "no signed tree");
        await ExpectProblem(outsider, "/log/blocks/abc", HttpStatusCode.BadRequest, "height 'abc'");
        await ExpectProblem(outsider, "/log/blocks/99999", HttpStatusCode.NotFound, "no block at height 99999");
    }

    private static async Task<IReadOnlyList<AppendedEvent>> EnterProjectsAsync(HttpClient client, int first, int count)
    {
        var events = new List<AppendedEvent>();
        for (var i = first; i < first + count; i++)
        {
            var response = await client.PostAsJsonAsync("/bidding/enter-project", new { tenderId = $"LZ-GC-2026-{i:D4}", projectName = $"第{i}号工程", tendererId = "org-tenderer", agentId = (string?)null }, Ct);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
            events.AddRange((await response.Content.ReadFromJsonAsync<CommandReply>(Ct))!.Events);
        }
        return events;
    }

    /// <summary>Waits, through the public proof endpoint, until <paramref name="appended"/> is sealed; returns the newest block then, which holds it.</summary>
    private static async Task<(long Size, long Height, byte[] RootHash, string Note)> SealedBlockAsync(HttpClient client, AppendedEvent appended)
    {
        for (var i = 0; i < 300; i++)
        {
            using var response = await client.GetAsync($"/log/proof/inclusion?leaf={appended.EventHash}", Ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var note = (await response.Content.ReadFromJsonAsync<InclusionReply>(Ct))!.Checkpoint!;
                var block = Block(note);
                return (block.Size, block.Height, block.RootHash, note);
            }
            Assert.Contains("not sealed yet", await response.Content.ReadAsStringAsync(Ct));
            await Task.Delay(50, Ct);
        }
        throw new TimeoutException($"event {appended.EventId} was not sealed within 15 s");
    }

    /// <summary>The root of the tree of <paramref name="size"/> leaves from nothing but the tiles the log serves.</summary>
    private static async Task<byte[]> RootFromTilesAsync(HttpClient client, MerkleHasher hasher, long size)
    {
        var root = ProofPlan.Root(size);
        var tiles = TilePlan.For(root.Nodes, size);
        var data = new List<byte[]>();
        foreach (var tile in tiles.Tiles)
        {
            using var response = await client.GetAsync($"/log/{tile}", Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{tile}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
            Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
            data.Add(await response.Content.ReadAsByteArrayAsync(Ct));
        }
        Assert.Contains(tiles.Tiles, t => t.IsPartial);
        return root.Build(hasher, tiles.Build(hasher, data))[0];
    }

    private static async Task<InclusionReply> InclusionAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/log/proof/inclusion?{query}", Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<InclusionReply>(Ct))!;
    }

    private static async Task ExpectProblem(HttpClient client, string path, HttpStatusCode status, string reason)
    {
        using var response = await client.GetAsync(path, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"{path}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"status\":{(int)status}", body);
        Assert.Contains(reason, body);
    }

    private static EvidenceBlock Block(string note)
    {
        Assert.True(EvidenceBlock.TryParseNote(note, out _, out var block, out var error), error);
        return block;
    }

    private static byte[][] Hashes(IReadOnlyList<string> hex) => [.. hex.Select(Convert.FromHexString)];

    private static void Verify(Ledger.Evidence.Verdict verdict) => Assert.True(verdict.IsValid, verdict.Failure);
}
