using JasperFx.Events;
using Ledger.Evidence;
using Marten;

namespace Ledger.Projections.Views;

/// <summary>
/// Who recorded each event and when, as the ledger hashed it: <c>meta.actor</c> and <c>time</c> of the canonical
/// event in <c>ledger_events</c>. Marten's copy has neither: bidding events carry no actor in their data, and Marten's
/// timestamp is the database clock, not the time a receipt proves. A view's <c>EnrichEventsAsync</c> attaches both to
/// the batch's events as in-memory headers in one query, before any Apply reads them.
/// </summary>
internal static class Recording
{
    private const string ActorHeader = "ledger-actor";
    private const string TimeHeader = "ledger-time";

    /// <summary>Reads the canonical records of <paramref name="events"/> and attaches their actor and time.</summary>
    public static async Task AttachAsync(IQuerySession session, IEnumerable<IEvent> events, CancellationToken ct)
    {
        // An event can sit in several slices of one batch; each instance gets the headers.
        var byId = events.ToLookup(e => e.Id);
        if (byId.Count == 0)
        {
            return;
        }
        var schema = "\"" + session.DocumentStore.Options.DatabaseSchemaName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var records = await session.QueryAsync<LedgerRecord>(
            $"""
            select jsonb_build_object('eventId', event_id, 'time', c -> 'time', 'actor', c -> 'meta' -> 'actor')
            from (select event_id, convert_from(canonical, 'UTF8')::jsonb as c from {schema}.ledger_events where event_id = any(?)) e
            """,
            ct,
            [byId.Select(g => g.Key).ToArray()]);
        foreach (var record in records)
        {
            foreach (var e in byId[record.EventId])
            {
                e.SetHeader(TimeHeader, record.Time);
                if (record.Actor is { } actor)
                {
                    e.SetHeader(ActorHeader, actor);
                }
            }
        }
    }

    /// <summary>The actor the ledger recorded; null for an event without a ledger record, which verify-store reports.</summary>
    public static ActorRef? ActorOf(IEvent e) => e.GetHeader(ActorHeader) as ActorRef;

    /// <summary>The ledger's time of the event; Marten's, to the ledger's precision, only where the ledger has no record.</summary>
    public static DateTimeOffset TimeOf(IEvent e) => e.GetHeader(TimeHeader) as DateTimeOffset? ?? LedgerTime.Truncate(e.Timestamp);

    private sealed record LedgerRecord(Guid EventId, DateTimeOffset Time, ActorRef? Actor);
}
