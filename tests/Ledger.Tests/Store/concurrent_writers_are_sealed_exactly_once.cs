using System.Collections.Concurrent;
using Ledger.Evidence.Blocks;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Receipts;
using Ledger.Store;
using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Store;

/// <summary>
/// Issue 3's reliability test: 32 writers append while the sealer runs; some transactions roll back on
/// purpose and one commits late, after later events were sealed. Every committed event must be sealed
/// exactly once, leaf indexes must have no gap, and the receipts must verify.
/// </summary>
public sealed class concurrent_writers_are_sealed_exactly_once(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const int Writers = 32;
    private const int EventsPerWriter = 500;

    [Fact]
    public async Task with_rollbacks_and_a_late_commit()
    {
        var connection = await postgres.CreateDatabaseAsync(nameof(concurrent_writers_are_sealed_exactly_once));
        await using var store = await TestLedger.OpenAsync(connection, "ledger", sealEvery: 500);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var sealing = new Sealer(store).RunAsync(stop.Token);

        await using var late = await HoldLateOutboxRowAsync(connection);
        var acknowledged = new ConcurrentBag<SignedPromise>();
        var rolledBack = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, Writers), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (writer, ct) =>
        {
            for (var i = 0; i < EventsPerWriter; i++)
            {
                if (i % 50 == 49)
                {
                    await RollBackAnAppendAsync(connection);
                    Interlocked.Increment(ref rolledBack);
                    continue;
                }
                acknowledged.Add(await store.AppendAsync($"writer/{writer}", i - i / 50, new NoteRecorded($"写入者{writer}第{i}条", i, null), TestLedger.Context, ct));
            }
        });
        await late.Transaction.CommitAsync(Ct);

        await WaitUntilSealedAsync(connection, acknowledged.Count + 1);
        await stop.CancelAsync();
        await sealing;

        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync(Ct);
        Assert.Equal(0L, await Scalar<long>(db, "SELECT count(*) FROM ledger.ledger_pending"));
        Assert.Equal((long)acknowledged.Count + 1, await Scalar<long>(db, "SELECT count(*) FROM ledger.ledger_leaves"));
        Assert.Equal((long)acknowledged.Count, await Scalar<long>(db, "SELECT max(leaf_index) FROM ledger.ledger_leaves"));
        Assert.Equal(0L, await Scalar<long>(db, "SELECT count(*) FROM ledger.ledger_events e WHERE NOT EXISTS (SELECT 1 FROM ledger.ledger_leaves l WHERE l.event_id = e.event_id)"));
        Assert.Equal((long)acknowledged.Count, await Scalar<long>(db, "SELECT count(*) FROM ledger.mt_events"));
        Assert.True(rolledBack > 0);

        var key = store.Options.SigningKeys[0].Verifier;
        var blocks = (await appending_and_sealing.Notes(connection)).Select(n => CheckpointVerifier.Open(n, key).Value!.Block!).ToList();
        for (var i = 1; i < blocks.Count; i++)
        {
            Assert.True(blocks[i].Follows(blocks[i - 1]).IsValid);
        }
        var newest = blocks[^1];
        var log = new MerkleLog(MerkleHasher.Intl);
        await using (var leaves = new NpgsqlCommand("SELECT e.hash FROM ledger.ledger_leaves l JOIN ledger.ledger_events e ON e.event_id = l.event_id ORDER BY l.leaf_index", db))
        await using (var reader = await leaves.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                log.Append(reader.GetFieldValue<byte[]>(0));
            }
        }
        Assert.Equal(newest.RootHash, log.Root());

        var random = new Random(32);
        foreach (var promise in acknowledged.OrderBy(_ => random.Next()).Take(200))
        {
            var receipt = (await store.GetReceiptAsync(promise.Promise.EventId, Ct)).Receipt!;
            var verified = ReceiptVerifier.Verify(receipt.ToJson(), key);
            Assert.True(verified.IsValid, verified.Failure);
        }
    }

    /// <summary>An outbox row whose transaction stays open while later events are appended and sealed.</summary>
    private static async Task<LateRow> HoldLateOutboxRowAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        var transaction = await connection.BeginTransactionAsync(Ct);
        var id = Guid.NewGuid();
        var hash = MerkleHasher.Intl.HashLeaf("late"u8);
        foreach (var sql in new[]
        {
            "INSERT INTO ledger.ledger_events (event_id, stream, version, type, canonical, hash, promise) VALUES ($1, 'late/1', 1, 'Late', $2, $3, 'p')",
            "INSERT INTO ledger.ledger_pending (event_id, hash) VALUES ($1, $3)",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.AddWithValue(id);
            command.Parameters.AddWithValue("late"u8.ToArray());
            command.Parameters.AddWithValue(hash);
            await command.ExecuteNonQueryAsync(Ct);
        }
        return new LateRow(connection, transaction);
    }

    private static async Task RollBackAnAppendAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await using var command = new NpgsqlCommand("INSERT INTO ledger.ledger_pending (event_id, hash) VALUES ($1, $2)", connection, transaction);
        command.Parameters.AddWithValue(Guid.NewGuid());
        command.Parameters.AddWithValue(new byte[32]);
        await command.ExecuteNonQueryAsync(Ct);
        await transaction.RollbackAsync(Ct);
    }

    private static async Task WaitUntilSealedAsync(string connectionString, long expected)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync(Ct);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await Scalar<long>(db, "SELECT count(*) FROM ledger.ledger_leaves") < expected)
        {
            Assert.True(DateTime.UtcNow < deadline, "events were not sealed within two minutes");
            await Task.Delay(50, Ct);
        }
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }

    private sealed record LateRow(NpgsqlConnection Connection, NpgsqlTransaction Transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }
}
