using System.Data;
using Ledger.Evidence.Notes;
using Npgsql;

namespace Ledger.Store.Verification;

/// <summary>
/// Checks a whole ledger store against itself and against its signed blocks: every event's canonical hash,
/// Marten's copy of it, every stream's hash chain, the Merkle tree rebuilt from the events, the stored tree
/// nodes, and every block's signature, chain and root. Reads each table once, in order, in one read-only
/// repeatable-read transaction, so a store being written to is judged at one instant.
/// </summary>
public static class StoreVerifier
{
    /// <summary>Findings kept in a report; later ones are only counted.</summary>
    public const int MaxFindings = 10_000;

    private static readonly string[] Tables = ["mt_events", "mt_streams", "ledger_events", "ledger_leaves", "ledger_pending", "ledger_nodes", "ledger_blocks"];

    /// <summary>Verifies the ledger in <paramref name="schema"/> under the log's verifier key(s).</summary>
    /// <exception cref="StoreUnusableException">The database cannot be reached or read, the schema is not a ledger, or no block names any of the keys.</exception>
    public static async Task<StoreReport> VerifyAsync(string connectionString, string schema, IReadOnlyList<VerifierKey> keys, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            throw new ArgumentException("at least one verifier key is needed to check the blocks", nameof(keys));
        }
        await using var connection = Connection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            {
                await readOnly.ExecuteNonQueryAsync(ct);
            }
            await RequireTablesAsync(connection, schema, ct);
            return await new Verification(connection, SqlName.Quote(schema), keys).RunAsync(ct);
        }
        catch (NpgsqlException e)
        {
            throw new StoreUnusableException($"the store could not be read: {e.Message}", e);
        }
    }

    private static NpgsqlConnection Connection(string connectionString)
    {
        try
        {
            return new NpgsqlConnection(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreUnusableException($"the connection string is not valid: {e.Message}", e);
        }
    }

    private static async Task RequireTablesAsync(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = ANY($2)", connection);
        command.Parameters.AddWithValue(schema);
        command.Parameters.AddWithValue(Tables);
        var present = new HashSet<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                present.Add(reader.GetString(0));
            }
        }
        var missing = Tables.Where(t => !present.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new StoreUnusableException($"schema '{schema}' is not a ledger store: it has no {string.Join(", ", missing)}");
        }
    }
}
