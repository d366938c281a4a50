using Ledger.Evidence.Keys;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Packages;
using Npgsql;

namespace Ledger.Store.Packages;

/// <summary>
/// Gathers a package's contents in one snapshot of the database: the scope's events, each one's sealing block
/// (the first block whose tree holds its leaf, so the block's time says when it was sealed), the newest block,
/// the tree nodes of every inclusion and consistency proof in one query, and the personal values still held.
/// </summary>
internal static class PackageReader
{
    /// <summary>One package holds at most this many events; a larger scope is refused, to be exported in parts.</summary>
    public const int MaxEvents = 10_000;

    /// <summary>Requires a transaction at repeatable read on <paramref name="connection"/>, so all reads see one state.</summary>
    public static async Task<PackageContents> ReadAsync(
        NpgsqlConnection connection, string schema, PackageHeader header, PackageScope scope, Keyring keyring, CancellationToken ct)
    {
        var rows = await EventsAsync(connection, schema, scope, ct);
        var leaves = rows.Select(r => r.Leaf!.Value).ToArray();
        var sealing = await SealingBlocksAsync(connection, schema, leaves, ct);
        long newest;
        await using (var command = new NpgsqlCommand($"SELECT max(height) FROM {schema}.ledger_blocks", connection))
        {
            newest = (long)(await command.ExecuteScalarAsync(ct))!;
        }
        var notes = new Dictionary<long, (string Note, long Size)>();
        await using (var command = new NpgsqlCommand($"SELECT height, note, size FROM {schema}.ledger_blocks WHERE height = ANY($1)", connection))
        {
            command.Parameters.AddWithValue(sealing.Values.Append(newest).Distinct().ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                notes[reader.GetInt64(0)] = (reader.GetString(1), reader.GetInt64(2));
            }
        }
        var newestSize = notes[newest].Size;
        var used = sealing.Values.Where(h => h != newest).Distinct().Order().ToArray();
        var plans = leaves.Select(l => ProofPlan.Inclusion(l, notes[sealing[l]].Size))
            .Concat(used.Select(h => ProofPlan.Consistency(notes[h].Size, newestSize))).ToList();
        var proofs = await ProofsAsync(connection, schema, header, plans, ct);
        var disclosures = await DisclosuresAsync(connection, schema, rows.Select(r => r.Id).ToArray(), ct);
        var events = rows.Select((r, i) => new PackagedEvent(
            r.Id, r.Leaf!.Value, r.Canonical, disclosures.GetValueOrDefault(r.Id, []), sealing[r.Leaf.Value], proofs[i])).ToList();
        var consistency = used.Select((h, i) => (h, proofs[leaves.Length + i])).ToDictionary(x => x.h, x => (IReadOnlyList<byte[]>)x.Item2);
        return new PackageContents(header, events, [.. notes.Values.Select(n => n.Note)], consistency, keyring);
    }

    private static async Task<List<(Guid Id, byte[] Canonical, long? Leaf)>> EventsAsync(NpgsqlConnection connection, string schema, PackageScope scope, CancellationToken ct)
    {
        var rows = new List<(Guid Id, byte[] Canonical, long? Leaf)>();
        await using (var command = ScopeQuery.For(scope, schema, connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetGuid(0), reader.GetFieldValue<byte[]>(1), reader.IsDBNull(2) ? null : reader.GetInt64(2)));
            }
        }
        var what = scope.Label.Id is null ? scope.Label.Kind : $"{scope.Label.Kind} {scope.Label.Id}";
        var unknown = scope.EventIds.Except(rows.Select(r => r.Id)).ToList();
        if (unknown.Count > 0)
        {
            throw new PackageRefusedException(PackageRefusal.UnknownEvents, $"{unknown.Count} of the events named for {what} are not in the ledger: {Named(unknown)}", [.. unknown.Take(PackageRefusedException.MaxNamed)]);
        }
        if (rows.Count == 0)
        {
            throw new PackageRefusedException(PackageRefusal.NoEvents, $"the ledger holds no event of {what}", []);
        }
        var waiting = rows.Where(r => r.Leaf is null).Select(r => r.Id).ToList();
        if (waiting.Count > 0)
        {
            throw new PackageRefusedException(
                PackageRefusal.NotSealed, $"{waiting.Count} of the {rows.Count} events of {what} are not sealed into a block yet, so they cannot be proven; ask again after the next seal: {Named(waiting)}",
                [.. waiting.Take(PackageRefusedException.MaxNamed)]);
        }
        if (rows.Count > MaxEvents)
        {
            throw new PackageRefusedException(PackageRefusal.TooLarge, $"{what} has {rows.Count} events, more than the {MaxEvents} one package holds: export it in parts, by named events", []);
        }
        return rows;
    }

    /// <summary>Each leaf's sealing block: the first (smallest) tree that holds it.</summary>
    private static async Task<Dictionary<long, long>> SealingBlocksAsync(NpgsqlConnection connection, string schema, long[] leaves, CancellationToken ct)
    {
        var sealing = new Dictionary<long, long>(leaves.Length);
        await using var command = new NpgsqlCommand(
            $"SELECT l.leaf, b.height FROM unnest($1::bigint[]) AS l(leaf) CROSS JOIN LATERAL (SELECT height FROM {schema}.ledger_blocks WHERE size > l.leaf ORDER BY size LIMIT 1) b",
            connection);
        command.Parameters.AddWithValue(leaves);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            sealing[reader.GetInt64(0)] = reader.GetInt64(1);
        }
        var unsealed = leaves.FirstOrDefault(l => !sealing.ContainsKey(l), -1);
        return unsealed < 0 ? sealing : throw new InvalidOperationException($"leaf {unsealed} has an index and no block holds it: the store's tree and blocks disagree (run verify-store)");
    }

    private static async Task<List<byte[][]>> ProofsAsync(NpgsqlConnection connection, string schema, PackageHeader header, List<ProofPlan> plans, CancellationToken ct)
    {
        var hashes = await NodeReader.ReadAsync(connection, schema, [.. plans.SelectMany(p => p.Nodes)], ct);
        var hasher = MerkleHasher.For(header.Suite);
        var proofs = new List<byte[][]>(plans.Count);
        var at = 0;
        foreach (var plan in plans)
        {
            proofs.Add(plan.Build(hasher, [.. hashes.Skip(at).Take(plan.Nodes.Count)]));
            at += plan.Nodes.Count;
        }
        return proofs;
    }

    private static async Task<Dictionary<Guid, List<PackageDisclosure>>> DisclosuresAsync(NpgsqlConnection connection, string schema, Guid[] ids, CancellationToken ct)
    {
        var found = new Dictionary<Guid, List<PackageDisclosure>>();
        await using var command = new NpgsqlCommand($"SELECT event_id, path, value, salt FROM {schema}.ledger_personal WHERE event_id = ANY($1) ORDER BY event_id, path", connection);
        command.Parameters.AddWithValue(ids);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetGuid(0);
            if (!found.TryGetValue(id, out var list))
            {
                found[id] = list = [];
            }
            list.Add(new PackageDisclosure(reader.GetString(1), reader.GetFieldValue<byte[]>(2), reader.GetFieldValue<byte[]>(3)));
        }
        return found;
    }

    private static string Named(List<Guid> ids) =>
        string.Join(", ", ids.Take(PackageRefusedException.MaxNamed)) + (ids.Count > PackageRefusedException.MaxNamed ? ", …" : "");
}
