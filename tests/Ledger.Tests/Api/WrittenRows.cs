using Npgsql;

namespace Ledger.Tests.Api;

/// <summary>What the API wrote to its database, counted straight from the tables, for tests that must see nothing written.</summary>
internal static class WrittenRows
{
    /// <summary>Events of business streams: everything but the persons' trails (where refusals and reads are recorded).</summary>
    public static Task<long> BusinessEventsAsync(string database, CancellationToken ct) =>
        CountAsync(database, "SELECT count(*) FROM ledger.ledger_events WHERE NOT starts_with(stream, 'trail/')", ct);

    /// <summary>Events of one stream.</summary>
    public static Task<long> EventsOfAsync(string database, string stream, CancellationToken ct) =>
        CountAsync(database, $"SELECT count(*) FROM ledger.ledger_events WHERE stream = '{stream.Replace("'", "''", StringComparison.Ordinal)}'", ct);

    /// <summary>Answers remembered under idempotency keys.</summary>
    public static Task<long> RememberedAsync(string database, CancellationToken ct) =>
        CountAsync(database, "SELECT count(*) FROM ledger.ledger_idempotency", ct);

    private static async Task<long> CountAsync(string database, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
