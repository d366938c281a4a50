using Npgsql;

namespace Ledger.Store.Embedded;

/// <summary>Where the ledger's database is: a configured connection wins; otherwise the embedded default.</summary>
public static class LedgerDatabase
{
    /// <summary>The environment variable that names the ledger's database; it wins over appsettings.</summary>
    public const string ConnectionVariable = "LEDGER_CONNECTION";

    /// <summary>The database the ledger uses on the embedded server.</summary>
    public const string EmbeddedDatabaseName = "ledger";

    /// <summary>
    /// The connection in <see cref="ConnectionVariable"/>, else <paramref name="configured"/> (the
    /// caller's <c>ConnectionStrings:Ledger</c>), else the embedded server started with
    /// <paramref name="embedded"/> and its <see cref="EmbeddedDatabaseName"/> database.
    /// </summary>
    public static async Task<LedgerServer> OpenAsync(string? configured, EmbeddedPostgresOptions embedded, CancellationToken ct)
    {
        var connection = Environment.GetEnvironmentVariable(ConnectionVariable);
        connection = string.IsNullOrWhiteSpace(connection) ? configured : connection;
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return new LedgerServer(connection, embedded: null);
        }
        var server = await EmbeddedPostgres.StartAsync(embedded, ct);
        try
        {
            return new LedgerServer(await server.CreateDatabaseAsync(EmbeddedDatabaseName, ct), server);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Creates database <paramref name="name"/> on the server if it does not exist yet and returns its
    /// connection string. The name MUST be a plain lower-case identifier (a-z, 0-9, _, at most 63
    /// characters, not starting with a digit), so it needs no quoting rules beyond double quotes.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(string serverConnectionString, string name, CancellationToken ct)
    {
        if (!IsPlainIdentifier(name))
        {
            throw new ArgumentException($"'{name}' is not a plain lower-case identifier of at most 63 characters.", nameof(name));
        }
        await using (var connection = new NpgsqlConnection(serverConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            try
            {
                await create.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // It exists already: the catalog's unique name decides, not a check before creating.
            }
        }
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    private static bool IsPlainIdentifier(string name) =>
        name.Length is > 0 and <= 63
        && !char.IsAsciiDigit(name[0])
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
