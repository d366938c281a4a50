using System.Buffers;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;
using Npgsql;

namespace Ledger.Store.Verification;

internal sealed partial class Verification
{
    private const int HashSize = CryptoSuite.HashSize;

    private readonly Dictionary<Guid, (long Seq, byte[] Hash)> outbox = [];
    private readonly Dictionary<Guid, FindingLocation> withoutMarten = [];
    private readonly Dictionary<string, string> martenTypes = new(StringComparer.Ordinal);
    private readonly ArrayBufferWriter<byte> martenCanonical = new(4096);
    private readonly byte[] hash = new byte[HashSize];
    private readonly byte[] prev = new byte[HashSize];
    private byte[] canonical = new byte[4096];
    private byte[] martenData = new byte[4096];
    private long martenMatched;

    /// <summary>Sealed events past the newest block: judged as one, once the stored tree shows whether the sealer wrote them.</summary>
    private (long First, long Last, long Count, FindingLocation At)? beyond;

    /// <summary>
    /// One pass over the events by stream and version, merge-joined with Marten's rows on the same key
    /// (both tables have that unique index): each event's bytes, its row, its Marten copy, its chain link and
    /// its place in the log. The outbox, small by design, is read first.
    /// </summary>
    private async Task VerifyEventsAsync(CancellationToken ct)
    {
        await using (var command = Command($"SELECT seq, event_id, hash FROM {schema}.ledger_pending"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                outbox[reader.GetGuid(1)] = (reader.GetInt64(0), reader.GetFieldValue<byte[]>(2));
            }
        }
        await using (var command = Command($"""
            SELECT e.event_id, l.leaf_index, e.stream, e.version, e.type, e.canonical, e.hash,
                   m.seq_id, m.id, m.type, m.is_archived, m.data::text
            FROM {schema}.ledger_events e
            LEFT JOIN {schema}.ledger_leaves l ON l.event_id = e.event_id
            LEFT JOIN {schema}.mt_events m ON m.stream_id = e.stream AND m.version = e.version
            ORDER BY e.stream, e.version
            """))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                Verify(reader);
            }
        }
        EndStream();
    }

    private void Verify(NpgsqlDataReader row)
    {
        events++;
        var id = row.GetGuid(0);
        long? leaf = row.IsDBNull(1) ? null : row.GetInt64(1);
        var (stream, version, type) = (row.GetString(2), row.GetInt64(3), row.GetString(4));
        var length = Read(row, 5, ref canonical);
        var bytes = canonical.AsSpan(0, length);
        // Marten's row at the event's stream and version counts only if it is the same event.
        var marten = !row.IsDBNull(7) && row.GetGuid(8) == id;
        martenMatched += marten ? 1 : 0;
        var at = new FindingLocation { EventId = id, Stream = stream, Version = version, Leaf = leaf, SeqId = marten ? row.GetInt64(7) : null };
        var queued = outbox.Remove(id, out var entry);
        var position = leaf ?? (queued ? FindingList.Waiting + entry.Seq : FindingList.Store);

        hasher.HashLeaf(bytes, hash);
        var recorded = row.GetFieldValue<byte[]>(6);
        var flagged = true;
        var hasPrev = false;
        if (!hash.AsSpan().SequenceEqual(recorded))
        {
            findings.Add(position, FindingKind.EventModified, at, $"its canonical bytes hash to {Hex(hash)}, not to its recorded hash {Hex(recorded)}");
        }
        else if (!EventFields.TryRead(bytes, prev, out var fields, out var problem))
        {
            findings.Add(position, FindingKind.EventModified, at, problem);
        }
        else if (fields.Stream != stream || fields.Version != version || fields.Type != type)
        {
            findings.Add(position, FindingKind.EventModified, at,
                $"its row says {type} at version {version} of {stream}, its canonical bytes {fields.Type} at version {fields.Version} of {fields.Stream}");
        }
        else
        {
            flagged = false;
            hasPrev = fields.HasPrev;
            VerifyMartenRow(row, marten, bytes[fields.Data], fields.Type, at, position);
        }

        if (leaf is { } index)
        {
            VerifySealed(index, queued ? entry.Seq : null, flagged, at, position);
        }
        else
        {
            VerifyWaiting(queued ? entry : null, flagged, at, position);
        }
        Link(stream, version, hasPrev, flagged, at, position);
    }

    private void VerifyMartenRow(NpgsqlDataReader row, bool marten, ReadOnlySpan<byte> data, string type, FindingLocation at, long position)
    {
        if (!marten)
        {
            // Settled once Marten's unmatched rows are known: moved (modified), or gone (deleted).
            withoutMarten[at.EventId!.Value] = at;
            return;
        }
        var martenType = row.GetString(9);
        if (martenType != MartenType(type))
        {
            findings.Add(position, FindingKind.EventModified, at, $"Marten records its type as '{martenType}', the sealed event is {type} ('{MartenType(type)}')");
            return;
        }
        var length = Read(row, 11, ref martenData);
        martenCanonical.ResetWrittenCount();
        try
        {
            Jcs.Canonicalize(martenData.AsSpan(0, length), martenCanonical);
        }
        catch (CanonicalFormException e)
        {
            findings.Add(position, FindingKind.EventModified, at, $"Marten's data is not canonicalisable JSON: {e.Message}");
            return;
        }
        if (!martenCanonical.WrittenSpan.SequenceEqual(data))
        {
            findings.Add(position, FindingKind.EventModified, at, $"Marten's data differs from the sealed event's data {DataDifference.Describe(martenCanonical.WrittenSpan, data)}");
            return;
        }
        if (!row.IsDBNull(10) && row.GetBoolean(10))
        {
            findings.Add(position, FindingKind.EventDeleted, at, "Marten has archived it, which hides it from Marten's reads and projections");
        }
    }

    private void VerifySealed(long index, long? queuedSeq, bool flagged, FindingLocation at, long position)
    {
        if (queuedSeq is { } seq)
        {
            findings.Add(position, FindingKind.EventInserted, at, $"it is sealed yet also waits in the outbox (seq {seq}), so it would be sealed twice");
        }
        if (index >= newestSize)
        {
            beyond = beyond is { } b ? (Math.Min(b.First, index), Math.Max(b.Last, index), b.Count + 1, index < b.First ? at : b.At) : (index, index, 1, at);
            return;
        }
        tree.SetLeaf(index, hash);
        if (flagged)
        {
            suspects.Add(index);
        }
    }

    private void VerifyWaiting((long Seq, byte[] Hash)? queued, bool flagged, FindingLocation at, long position)
    {
        waiting++;
        if (queued is not { } entry)
        {
            findings.Add(position, FindingKind.EventInserted, at, "it is neither sealed (it has no leaf) nor waiting to be (it has no outbox row)");
        }
        else if (!flagged && !hash.AsSpan().SequenceEqual(entry.Hash))
        {
            findings.Add(position, FindingKind.EventModified, at, $"the outbox (seq {entry.Seq}) would seal it as {Hex(entry.Hash)}, but it hashes to {Hex(hash)}");
        }
    }

    /// <summary>Marten's name for an event type (its default naming: the class name in snake case), cached per type.</summary>
    private string MartenType(string type)
    {
        if (!martenTypes.TryGetValue(type, out var alias))
        {
            alias = JasperFx.Core.StringExtensions.ToTableAlias(type);
            martenTypes[type] = alias;
        }
        return alias;
    }

    /// <summary>Reads a bytea or text column's bytes (text: its UTF-8) into a reused buffer, growing it as needed; returns the length.</summary>
    private static int Read(NpgsqlDataReader row, int ordinal, ref byte[] buffer)
    {
        using var stream = row.GetStream(ordinal);
        var length = checked((int)stream.Length);
        if (length > buffer.Length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }
        stream.ReadExactly(buffer, 0, length);
        return length;
    }
}
