using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;
using Ledger.Store;
using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Store;

public sealed class appending_and_sealing(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("intl")]
    [InlineData("gm")]
    public async Task an_appended_event_gets_a_signed_promise_then_a_receipt_that_verifies(string suiteName)
    {
        var connection = await postgres.CreateDatabaseAsync($"{nameof(appending_and_sealing)}_{suiteName}");
        await using var store = await TestLedger.OpenAsync(connection, "ledger", CryptoSuite.Find(suiteName));
        var key = store.Options.SigningKeys[0].Verifier;

        var first = await store.AppendAsync("tender/T-1", 0, new NoteRecorded("招标公告已发布", 48_650_000.00m, "张三"), TestLedger.Context, Ct);
        var second = await store.AppendAsync("tender/T-1", 1, new NoteRecorded("开标", 1m, null), TestLedger.Context, Ct);

        Assert.True(first.Note.Open([key]).Verdict.IsValid);
        Assert.Contains("\nstream tender/T-1\nversion 2\n", second.Note.Text);
        var waiting = await store.GetReceiptAsync(first.Promise.EventId, Ct);
        Assert.True(waiting.Found);
        Assert.False(waiting.IsSealed);

        Assert.Equal(2, await new Sealer(store).SealNowAsync(Ct));

        foreach (var promise in new[] { first, second })
        {
            var lookup = await store.GetReceiptAsync(promise.Promise.EventId, Ct);
            Assert.True(lookup.IsSealed);
            var verified = ReceiptVerifier.Verify(lookup.Receipt!.ToJson(), key);
            Assert.True(verified.IsValid, verified.Failure);
            Assert.Equal(promise.Promise.EventHash, lookup.Receipt.EventHash);
        }
        var event1 = (await store.GetReceiptAsync(first.Promise.EventId, Ct)).Receipt!.Event!;
        Assert.DoesNotContain("张三", event1);
        Assert.DoesNotContain("王操作员", event1);
        Assert.Contains("\"prev\":null", event1);
        var event2 = (await store.GetReceiptAsync(second.Promise.EventId, Ct)).Receipt!.Event!;
        Assert.Contains($"\"prev\":\"{Convert.ToHexStringLower(first.Promise.EventHash)}\"", event2);
    }

    [Fact]
    public async Task a_stale_version_is_refused_and_writes_nothing()
    {
        var connection = await postgres.CreateDatabaseAsync(nameof(a_stale_version_is_refused_and_writes_nothing));
        await using var store = await TestLedger.OpenAsync(connection, "ledger");
        await store.AppendAsync("tender/T-9", 0, new NoteRecorded("一", 1m, null), TestLedger.Context, Ct);

        var conflict = await Assert.ThrowsAsync<StreamConflictException>(() =>
            store.AppendAsync("tender/T-9", 0, new NoteRecorded("二", 2m, null), TestLedger.Context, Ct));
        Assert.Equal("tender/T-9", conflict.Stream);

        Assert.Equal(1L, await Count(connection, "ledger_events"));
        Assert.Equal(1L, await Count(connection, "ledger_pending"));
        Assert.Equal(1L, await Count(connection, "mt_events"));
    }

    [Fact]
    public async Task an_unknown_event_id_has_no_receipt()
    {
        var connection = await postgres.CreateDatabaseAsync(nameof(an_unknown_event_id_has_no_receipt));
        await using var store = await TestLedger.OpenAsync(connection, "ledger");
        Assert.False((await store.GetReceiptAsync(Guid.NewGuid(), Ct)).Found);
    }

    [Fact]
    public async Task blocks_chain_and_each_block_extends_the_last()
    {
        var connection = await postgres.CreateDatabaseAsync(nameof(blocks_chain_and_each_block_extends_the_last));
        await using var store = await TestLedger.OpenAsync(connection, "ledger", sealEvery: 7);
        var sealer = new Sealer(store);
        for (var i = 0; i < 20; i++)
        {
            await store.AppendAsync($"tender/T-{i % 3}", i / 3, new NoteRecorded($"事件{i}", i, null), TestLedger.Context, Ct);
        }
        while (await sealer.SealNowAsync(Ct) > 0)
        {
        }

        var notes = await Notes(connection);
        Assert.Equal(3, notes.Count);
        var blocks = notes.Select(n => Ledger.Evidence.Blocks.CheckpointVerifier.Open(n, store.Options.SigningKeys[0].Verifier).Value!.Block!).ToList();
        Assert.Equal([7L, 14L, 20L], blocks.Select(b => b.Size));
        Assert.True(blocks[1].Follows(blocks[0]).IsValid);
        Assert.True(blocks[2].Follows(blocks[1]).IsValid);
    }

    internal static async Task<long> Count(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM ledger.{table}", connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    internal static async Task<List<string>> Notes(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT note FROM ledger.ledger_blocks ORDER BY height", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var notes = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            notes.Add(reader.GetString(0));
        }
        return notes;
    }
}
