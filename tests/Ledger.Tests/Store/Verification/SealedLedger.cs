using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Store;
using Ledger.Store.Verification;
using Npgsql;

namespace Ledger.Tests.Store.Verification;

/// <summary>
/// A small sealed ledger to tamper with: three streams appended in interleaved batches, so a stream's events
/// are spread over the log, sealed eight at a time into several blocks; optionally a few events left waiting.
/// </summary>
internal sealed class SealedLedger
{
    public static readonly string[] Streams = ["tender/T-1", "tender/T-2", "address/A-1"];

    private SealedLedger(string connectionString, VerifierKey key)
    {
        ConnectionString = connectionString;
        Key = key;
    }

    public string ConnectionString { get; }

    public VerifierKey Key { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>36 sealed events (12 per stream, 3 per batch), then <paramref name="waiting"/> more left in the outbox.</summary>
    public static async Task<SealedLedger> CreateAsync(string connectionString, CryptoSuite? suite = null, int waiting = 0)
    {
        await using var store = await TestLedger.OpenAsync(connectionString, "ledger", suite, sealEvery: 8);
        var sealer = new Sealer(store);
        var versions = new long[Streams.Length];
        for (var round = 0; round < 4; round++)
        {
            for (var s = 0; s < Streams.Length; s++)
            {
                var batch = Enumerable.Range(0, 3).Select(i => (object)new NoteRecorded($"{Streams[s]} 第{versions[s] + i + 1}条", 1000.5m + i, i == 0 ? "张三" : null)).ToList();
                await store.AppendAsync(Streams[s], versions[s], batch, TestLedger.Context, Ct);
                versions[s] += batch.Count;
            }
            while (await sealer.SealNowAsync(Ct) > 0)
            {
            }
        }
        for (var i = 0; i < waiting; i++)
        {
            await store.AppendAsync(Streams[0], versions[0]++, new NoteRecorded($"待封 {i}", i, null), TestLedger.Context, Ct);
        }
        return new SealedLedger(connectionString, store.Options.SigningKeys[0].Verifier);
    }

    public Task<StoreReport> VerifyAsync() => StoreVerifier.VerifyAsync(ConnectionString, "ledger", [Key], Ct);

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>The event sealed at <paramref name="leaf"/>, with its Marten sequence number.</summary>
    public async Task<SealedEvent> EventAtAsync(long leaf)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT e.event_id, e.stream, e.version, m.seq_id FROM ledger.ledger_leaves l JOIN ledger.ledger_events e ON e.event_id = l.event_id JOIN ledger.mt_events m ON m.id = e.event_id WHERE l.leaf_index = $1", connection);
        command.Parameters.AddWithValue(leaf);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct), $"no event at leaf {leaf}");
        return new SealedEvent(reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), leaf);
    }
}

internal sealed record SealedEvent(Guid Id, string Stream, long Version, long SeqId, long Leaf);
