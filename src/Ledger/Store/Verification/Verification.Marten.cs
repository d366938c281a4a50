namespace Ledger.Store.Verification;

internal sealed partial class Verification
{
    /// <summary>
    /// What the event pass cannot see from the ledger's side: Marten events with no ledger event at their
    /// place (inserted, or moved from where the ledger has them), ledger events left without a Marten row,
    /// Marten's stream heads against the chains, and outbox rows naming events that are gone.
    /// </summary>
    private async Task VerifyMartenAsync(CancellationToken ct)
    {
        long total;
        await using (var count = Command($"SELECT count(*) FROM {schema}.mt_events"))
        {
            total = (long)(await count.ExecuteScalarAsync(ct))!;
        }
        // Every Marten row the event pass matched is accounted for; only a surplus needs the slower search by id.
        if (total > martenMatched)
        {
            await VerifyUnmatchedMartenAsync(ct);
        }
        foreach (var at in withoutMarten.Values)
        {
            findings.Add(at.Leaf ?? FindingList.Store, FindingKind.EventDeleted, at, "its Marten row (mt_events) is gone");
        }
        await VerifyStreamHeadsAsync(ct);
        foreach (var (id, (seq, _)) in outbox.OrderBy(o => o.Value.Seq))
        {
            findings.Add(FindingList.Waiting + seq, FindingKind.EventDeleted, new FindingLocation { EventId = id },
                $"the outbox (seq {seq}) names this event, whose ledger row is gone");
        }
    }

    private async Task VerifyUnmatchedMartenAsync(CancellationToken ct)
    {
        await using var command = Command($"""
            SELECT m.seq_id, m.id, m.stream_id, m.version, e.stream, e.version
            FROM {schema}.mt_events m
            LEFT JOIN {schema}.ledger_events e ON e.event_id = m.id
            WHERE e.event_id IS NULL OR e.stream IS DISTINCT FROM m.stream_id OR e.version <> m.version
            ORDER BY m.seq_id
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (seq, id, stream, version) = (reader.GetInt64(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3));
            var at = new FindingLocation { SeqId = seq, EventId = id, Stream = stream, Version = version };
            if (reader.IsDBNull(4))
            {
                findings.Add(FindingList.Store, FindingKind.EventInserted, at, "Marten has this event, the ledger never appended it: no ledger row, no hash, no leaf");
                continue;
            }
            var (ledgerStream, ledgerVersion) = (reader.GetString(4), reader.GetInt64(5));
            var sealedAt = withoutMarten.Remove(id, out var ledger) ? ledger.Leaf : null;
            findings.Add(sealedAt ?? FindingList.Store, FindingKind.EventModified, at,
                $"Marten has the event at version {version} of {stream}, the ledger at version {ledgerVersion} of {ledgerStream}");
        }
    }

    private async Task VerifyStreamHeadsAsync(CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = Command($"SELECT id, version FROM {schema}.mt_streams ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var name = reader.GetString(0);
                var head = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
                seen.Add(name);
                var at = new FindingLocation { Stream = name, Version = head };
                if (!heads.TryGetValue(name, out var last))
                {
                    findings.Add(FindingList.Store, FindingKind.EventInserted, at, $"Marten has stream {name} at version {head}, the ledger has no event of it");
                }
                else if (head > last)
                {
                    findings.Add(FindingList.Store, FindingKind.EventDeleted, at, $"Marten's stream {name} reached version {head}, the ledger's events of it end at version {last}");
                }
                else if (head < last)
                {
                    findings.Add(FindingList.Store, FindingKind.EventInserted, at, $"the ledger has version {last} of {name}, Marten's stream ends at version {head}");
                }
            }
        }
        foreach (var (name, last) in heads.Where(h => !seen.Contains(h.Key)).OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            findings.Add(FindingList.Store, FindingKind.EventDeleted, new FindingLocation { Stream = name, Version = last },
                $"the ledger has versions up to {last} of {name}, Marten has no such stream (mt_streams)");
        }
    }
}
