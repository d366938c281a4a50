using System.Text.Json;
using JasperFx.Events;
using Ledger.Actions;
using Ledger.Evidence;
using Marten;
using Npgsql;
using NpgsqlTypes;

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
    /// <remarks>
    /// The canonical bytes are read as stored and scanned here rather than cast to jsonb in the database: a rebuild
    /// reads every event, and a forward-only scan that skips <c>data</c> costs a fraction of building a jsonb value.
    /// </remarks>
    public static async Task AttachAsync(IQuerySession session, IEnumerable<IEvent> events, CancellationToken ct)
    {
        // An event can sit in several slices of one batch; each instance gets the headers.
        var byId = events.ToLookup(e => e.Id);
        if (byId.Count == 0)
        {
            return;
        }
        var schema = LedgerTables.Schema(session);
        await using var command = new NpgsqlCommand($"select event_id, canonical from {schema}.ledger_events where event_id = any($1)")
        {
            Parameters = { new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid, Value = byId.Select(g => g.Key).ToArray() } },
        };
        // Actors repeat across a batch; one instance each keeps the headers and the views' documents small in memory.
        var actors = new Dictionary<ActorRef, ActorRef>();
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct))
        {
            var (time, actor) = Read(reader.GetFieldValue<byte[]>(1));
            if (actor is not null)
            {
                actor = actors.TryGetValue(actor, out var known) ? known : actors[actor] = actor;
            }
            foreach (var e in byId[reader.GetGuid(0)])
            {
                e.SetHeader(TimeHeader, time);
                if (actor is not null)
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

    /// <summary>The top-level <c>time</c> and <c>meta.actor</c> of canonical bytes, which the append wrote and hashed.</summary>
    private static (DateTimeOffset Time, ActorRef? Actor) Read(byte[] canonical)
    {
        var reader = new Utf8JsonReader(canonical);
        reader.Read();
        DateTimeOffset? time = null;
        ActorRef? actor = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("time"u8))
            {
                reader.Read();
                time = reader.GetDateTimeOffset();
            }
            else if (reader.ValueTextEquals("meta"u8))
            {
                reader.Read();
                actor = ReadMeta(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return (time ?? throw new InvalidDataException("a canonical event without a time"), actor);
    }

    private static ActorRef? ReadMeta(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }
        ActorRef? actor = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isActor = reader.ValueTextEquals("actor"u8);
            reader.Read();
            if (isActor && reader.TokenType == JsonTokenType.StartObject)
            {
                actor = ReadActor(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }
        return actor;
    }

    private static ActorRef ReadActor(ref Utf8JsonReader reader)
    {
        string? person = null, organisation = null, role = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("personId"u8))
            {
                reader.Read();
                person = reader.GetString();
            }
            else if (reader.ValueTextEquals("organisation"u8))
            {
                reader.Read();
                organisation = reader.GetString();
            }
            else if (reader.ValueTextEquals("role"u8))
            {
                reader.Read();
                role = reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return new ActorRef(person!, organisation!, Enum.Parse<Role>(role!));
    }
}
