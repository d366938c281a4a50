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
/// the batch's events as in-memory headers in one query, before any Apply reads them; records another projection of
/// the store read moments ago come from <see cref="RecordCache"/>.
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
        var cache = RecordCache.Of(session.DocumentStore);
        var missing = new List<Guid>();
        foreach (var group in byId)
        {
            if (cache.TryGet(group.Key, out var cached))
            {
                Attach(group, cached);
            }
            else
            {
                missing.Add(group.Key);
            }
        }
        if (missing.Count == 0)
        {
            return;
        }
        var schema = LedgerTables.Schema(session);
        await using var command = new NpgsqlCommand($"select event_id, canonical from {schema}.ledger_events where event_id = any($1)")
        {
            Parameters = { new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid, Value = missing.ToArray() } },
        };
        // Actors repeat across a batch; one instance each keeps the headers and the views' documents small in memory.
        var actors = new Dictionary<ActorRef, ActorRef>();
        var read = new List<(Guid, LedgerRecord)>(missing.Count);
        await using (var reader = await session.ExecuteReaderAsync(command, ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var record = Read(reader.GetFieldValue<byte[]>(1));
                if (record.Actor is { } actor)
                {
                    record = record with { Actor = actors.TryGetValue(actor, out var known) ? known : actors[actor] = actor };
                }
                var eventId = reader.GetGuid(0);
                Attach(byId[eventId], record);
                read.Add((eventId, record));
            }
        }
        cache.Add(read);
    }

    private static void Attach(IEnumerable<IEvent> instances, LedgerRecord record)
    {
        foreach (var e in instances)
        {
            e.SetHeader(TimeHeader, record.Time);
            if (record.Actor is { } actor)
            {
                e.SetHeader(ActorHeader, actor);
            }
        }
    }

    /// <summary>The actor the ledger recorded; null for an event without a ledger record, which verify-store reports.</summary>
    public static ActorRef? ActorOf(IEvent e) => e.GetHeader(ActorHeader) as ActorRef;

    /// <summary>The ledger's time of the event; Marten's, to the ledger's precision, only where the ledger has no record.</summary>
    public static DateTimeOffset TimeOf(IEvent e) => e.GetHeader(TimeHeader) as DateTimeOffset? ?? LedgerTime.Truncate(e.Timestamp);

    /// <summary>The top-level <c>time</c> and <c>meta.actor</c> of canonical bytes, which the append wrote and hashed.</summary>
    private static LedgerRecord Read(byte[] canonical)
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
        return new LedgerRecord(time ?? throw new InvalidDataException("a canonical event without a time"), actor);
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
