using Ledger.Evidence.Blocks;
using Ledger.Evidence.Notes;
using Ledger.Store;
using Npgsql;

namespace Ledger.Cli.Bench;

/// <summary>How long promised events waited for their block, read back from the store once all are sealed.</summary>
internal static class SealDelays
{
    /// <summary>
    /// For each promise, milliseconds from its time (the ledger's clock as the append began) to the time of the
    /// first block whose size covers the event's leaf (the sealer's clock as it built that block).
    /// </summary>
    public static async Task<double[]> MeasureAsync(NpgsqlDataSource db, string schema, VerifierKey key, IReadOnlyCollection<Promise> promises, CancellationToken ct)
    {
        var sizes = new List<long>();
        var times = new List<DateTimeOffset>();
        await using (var command = db.CreateCommand($"SELECT note FROM {SqlName.Quote(schema)}.ledger_blocks ORDER BY height"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var opened = CheckpointVerifier.Open(reader.GetString(0), key);
                var block = opened.Value?.Block ?? throw new InvalidOperationException($"a stored block does not open: {opened.Failure}");
                sizes.Add(block.Size);
                times.Add(block.Time);
            }
        }

        var leaves = new Dictionary<Guid, long>(promises.Count);
        await using (var command = db.CreateCommand($"SELECT event_id, leaf_index FROM {SqlName.Quote(schema)}.ledger_leaves WHERE event_id = ANY($1)"))
        {
            command.Parameters.AddWithValue(promises.Select(p => p.EventId).ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                leaves.Add(reader.GetGuid(0), reader.GetInt64(1));
            }
        }

        return [.. promises.Select(p =>
        {
            if (!leaves.TryGetValue(p.EventId, out var leaf))
            {
                throw new InvalidOperationException($"event {p.EventId} ({p.Stream} version {p.Version}) was promised but not sealed");
            }
            // Block sizes only grow: the first block with size > leaf is the one that sealed it.
            var index = sizes.BinarySearch(leaf + 1);
            return (times[index < 0 ? ~index : index] - p.Time).TotalMilliseconds;
        })];
    }
}
