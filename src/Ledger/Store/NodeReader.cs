using Ledger.Evidence.Merkle;
using Npgsql;

namespace Ledger.Store;

/// <summary>Fetches a proof plan's nodes from <c>ledger_nodes</c> in one query, in the plan's order.</summary>
internal static class NodeReader
{
    public static async Task<IReadOnlyList<byte[]>> ReadAsync(NpgsqlConnection connection, string schema, IReadOnlyList<NodeId> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        await using var command = new NpgsqlCommand(
            $"SELECT n.hash FROM unnest($1, $2) WITH ORDINALITY AS w(level, idx, ord) JOIN {schema}.ledger_nodes n USING (level, idx) ORDER BY w.ord",
            connection);
        command.Parameters.AddWithValue(ids.Select(i => i.Level).ToArray());
        command.Parameters.AddWithValue(ids.Select(i => i.Index).ToArray());
        var hashes = new List<byte[]>(ids.Count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            hashes.Add(reader.GetFieldValue<byte[]>(0));
        }
        if (hashes.Count != ids.Count)
        {
            throw new InvalidOperationException($"the tree is missing {ids.Count - hashes.Count} of {ids.Count} nodes it needs ({string.Join(", ", ids)})");
        }
        return hashes;
    }
}
