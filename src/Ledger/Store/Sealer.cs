using System.Security.Cryptography;
using System.Text;
using Ledger.Evidence.Blocks;
using Ledger.Evidence.Merkle;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace Ledger.Store;

/// <summary>
/// Seals appended events into signed blocks. Exactly one sealer is active per ledger: each instance waits
/// on a PostgreSQL advisory lock held on its own connection, so when the active one dies its connection
/// closes, the lock is released and a waiting instance takes over. Each seal is one transaction that takes
/// outbox rows, assigns their leaf indexes, writes the new tree nodes and the block, and deletes the rows:
/// restart it at any point and the log, the blocks and the outbox still agree.
/// </summary>
public sealed class Sealer(LedgerStore store, ILogger<Sealer>? logger = null)
{
    private readonly ILogger logger = logger ?? NullLogger<Sealer>.Instance;
    private readonly MerkleHasher hasher = MerkleHasher.For(store.Options.Suite);

    /// <summary>The advisory lock key: derived from the schema, so each tenant's log has its own sealer.</summary>
    private long LockKey => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("ledger-sealer/" + store.Options.Schema)), 0);

    /// <summary>Waits for leadership, then seals whenever <see cref="LedgerStoreOptions.SealEvery"/> events wait or the oldest has waited <see cref="LedgerStoreOptions.SealInterval"/>.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var leadership = await store.DataSource.OpenConnectionAsync(ct);
                await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock($1)", leadership))
                {
                    take.Parameters.AddWithValue(LockKey);
                    await take.ExecuteNonQueryAsync(ct);
                }
                logger.LogInformation("sealer for {Schema} is active", store.Options.Schema);
                var poll = TimeSpan.FromMilliseconds(Math.Clamp(store.Options.SealInterval.TotalMilliseconds / 5, 5, 100));
                while (!ct.IsCancellationRequested)
                {
                    if (await SealDueAsync(ct) == 0)
                    {
                        await Task.Delay(poll, ct);
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (NpgsqlException e)
            {
                logger.LogWarning(e, "sealer lost the database; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Seals one block of whatever waits, at once. For callers that hold leadership or run alone (tools, tests).</summary>
    public Task<int> SealNowAsync(CancellationToken ct = default) => SealAsync(ct);

    private async Task<int> SealDueAsync(CancellationToken ct)
    {
        long waiting;
        double oldestMs;
        await using (var command = store.DataSource.CreateCommand(
            $"SELECT count(*), coalesce(extract(epoch FROM clock_timestamp() - min(appended_at)) * 1000, 0)::float8 FROM {store.Schema}.ledger_pending"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            waiting = reader.GetInt64(0);
            oldestMs = reader.GetDouble(1);
        }
        if (waiting == 0 || (waiting < store.Options.SealEvery && oldestMs < store.Options.SealInterval.TotalMilliseconds))
        {
            return 0;
        }
        return await SealAsync(ct);
    }

    private async Task<int> SealAsync(CancellationToken ct)
    {
        await store.RefreshKeysAsync(ct);
        await using var connection = await store.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var (previous, range) = await LoadAsync(connection, ct);

        var seqs = new List<long>();
        var ids = new List<Guid>();
        var indexes = new List<long>();
        var levels = new List<int>();
        var nodeIndexes = new List<long>();
        var hashes = new List<byte[]>();
        await using (var take = new NpgsqlCommand($"SELECT seq, event_id, hash FROM {store.Schema}.ledger_pending ORDER BY seq LIMIT $1 FOR UPDATE", connection, transaction))
        {
            take.Parameters.AddWithValue(store.Options.SealEvery);
            await using var reader = await take.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                seqs.Add(reader.GetInt64(0));
                ids.Add(reader.GetGuid(1));
                indexes.Add(range.Size);
                range.Append(reader.GetFieldValue<byte[]>(2), (id, hash) =>
                {
                    levels.Add(id.Level);
                    nodeIndexes.Add(id.Index);
                    hashes.Add(hash.ToArray());
                });
            }
        }
        if (seqs.Count == 0)
        {
            return 0;
        }

        var block = EvidenceBlock.Create(store.Options.Suite, store.Options.Origin, range.Size, range.Root(), Later(store.Options.Clock.GetUtcNow(), previous), previous);
        var note = block.Sign(store.Keys.At(block.Time));
        await Execute(connection, transaction, $"INSERT INTO {store.Schema}.ledger_nodes (level, idx, hash) SELECT * FROM unnest($1, $2, $3)", ct,
            levels.ToArray(), nodeIndexes.ToArray(), Bytea(hashes));
        await Execute(connection, transaction, $"INSERT INTO {store.Schema}.ledger_leaves (leaf_index, event_id) SELECT * FROM unnest($1, $2)", ct,
            indexes.ToArray(), ids.ToArray());
        await Execute(connection, transaction, $"INSERT INTO {store.Schema}.ledger_blocks (height, size, root, note, hash) VALUES ($1, $2, $3, $4, $5)", ct,
            block.Height, block.Size, block.RootHash, note.ToString(), block.Hash());
        await Execute(connection, transaction, $"DELETE FROM {store.Schema}.ledger_pending WHERE seq = ANY($1)", ct, seqs.ToArray());
        await transaction.CommitAsync(ct);
        logger.LogDebug("sealed block {Height}: {Count} events, tree size {Size}", block.Height, seqs.Count, block.Size);
        return seqs.Count;
    }

    /// <summary>The newest block and the tree's right border at its size, read inside the sealing transaction.</summary>
    private async Task<(EvidenceBlock? Previous, CompactRange Range)> LoadAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        string? note = null;
        await using (var last = new NpgsqlCommand($"SELECT note FROM {store.Schema}.ledger_blocks ORDER BY height DESC LIMIT 1", connection))
        {
            note = await last.ExecuteScalarAsync(ct) as string;
        }
        if (note is null)
        {
            return (null, new CompactRange(hasher));
        }
        if (!EvidenceBlock.TryParseNote(note, out _, out var block, out var error))
        {
            throw new InvalidOperationException($"the newest stored block does not parse: {error}");
        }
        var border = await NodeReader.ReadAsync(connection, store.Schema, ProofPlan.Root(block.Size).Nodes, ct);
        return (block, new CompactRange(hasher, block.Size, border));
    }

    /// <summary>A block is never dated before the one it follows, even if the clock steps back.</summary>
    private static DateTimeOffset Later(DateTimeOffset now, EvidenceBlock? previous) =>
        previous is not null && previous.Time > now ? previous.Time : now;

    private static NpgsqlParameter Bytea(List<byte[]> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea };

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        }
        await command.ExecuteNonQueryAsync(ct);
    }
}
