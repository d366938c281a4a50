using Ledger.Actions;
using Ledger.Evidence;
using Ledger.Privacy;

namespace Ledger.Store;

public sealed partial class LedgerStore
{
    /// <summary>
    /// Each event whose canonical bytes contain <paramref name="spelled"/> and that still has personal values beside it:
    /// its id, canonical bytes and the paths of the values held, in log order of streams and versions.
    /// </summary>
    internal async Task<IReadOnlyList<(Guid EventId, byte[] Canonical, IReadOnlySet<string> Held)>> PersonalValuesMentioningAsync(byte[] spelled, CancellationToken ct)
    {
        var found = new List<(Guid, byte[], IReadOnlySet<string>)>();
        await using var command = DataSource.CreateCommand($"""
            SELECT e.event_id, e.canonical, array_agg(p.path) FROM {schema}.ledger_events e
            JOIN {schema}.ledger_personal p ON p.event_id = e.event_id
            WHERE position($1 in e.canonical) > 0
            GROUP BY e.event_id ORDER BY e.stream, e.version
            """);
        command.Parameters.AddWithValue(spelled);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found.Add((reader.GetGuid(0), reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<string[]>(2).ToHashSet(StringComparer.Ordinal)));
        }
        return found;
    }

    /// <summary>
    /// Appends <paramref name="order"/> like any event and deletes the <paramref name="erased"/> values and salts from
    /// <c>ledger_personal</c> in the same transaction. Only that table is written beyond an ordinary append: events,
    /// leaves, nodes and blocks stay as they are, so every hash and proof still holds.
    /// </summary>
    /// <exception cref="StreamConflictException">The stream moved past <paramref name="expectedVersion"/>; nothing was written.</exception>
    internal async Task<SignedPromise> AppendErasingAsync(
        string stream, long expectedVersion, PersonalDataErased order, EventContext context, IReadOnlyList<ErasedValue> erased, CancellationToken ct)
    {
        var time = LedgerTime.Truncate(Options.Clock.GetUtcNow());
        try
        {
            var promises = await AppendChainedAsync(stream, expectedVersion, [order], context, time, reads: null, idempotency: null, session =>
            {
                if (erased.Count > 0)
                {
                    session.QueueSqlCommand(
                        $"DELETE FROM {schema}.ledger_personal p USING unnest(?::uuid[], ?::text[]) AS t(event_id, path) WHERE p.event_id = t.event_id AND p.path = t.path",
                        erased.Select(e => e.EventId).ToArray(), erased.Select(e => e.Path).ToArray());
                }
            }, ct);
            return promises[0];
        }
        catch (Exception e) when (Transient(e) is { } transient)
        {
            throw new StoreUnavailableException(transient);
        }
    }
}
