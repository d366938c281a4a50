using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Ledger.Store.Embedded;
using Ledger.Tests.Support;
using Npgsql;

[assembly: AssemblyFixture(typeof(PostgresFixture))]

namespace Ledger.Tests.Support;

/// <summary>
/// One throwaway PostgreSQL for the whole test run, started by the same <see cref="EmbeddedPostgres"/>
/// the program uses (fsync off), or the server in <c>LEDGER_TEST_CONNECTION</c>. Each test class (or
/// test) gets its own database named after it, so classes run in parallel and in any order. The server
/// starts when a test first asks for a database, so runs without database tests pay nothing, and stops
/// when the run ends, whatever the tests' outcome.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "LEDGER_TEST_CONNECTION";

    private readonly SemaphoreSlim starting = new(1, 1);
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> databases = new();
    private EmbeddedPostgres? embedded;
    private string? server;

    /// <summary>
    /// The connection string of a new, empty database named <paramref name="name"/> (lower-cased, other
    /// characters than a-z, 0-9 and _ replaced by _), made once per run: asking again returns the same
    /// database. Names MUST be unique across the run (class and method names are). A database left by an
    /// earlier run on a configured server is replaced.
    /// </summary>
    public Task<string> CreateDatabaseAsync(string name) =>
        databases.GetOrAdd(Identifier(name), id => new Lazy<Task<string>>(() => CreateAsync(id))).Value;

    /// <summary>The database of <paramref name="testClass"/>'s class, or its <paramref name="suffix"/> database when a class needs several.</summary>
    public Task<string> DatabaseFor(object testClass, string? suffix = null)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        var name = testClass.GetType().Name;
        return CreateDatabaseAsync(suffix is null ? name : $"{name}_{suffix}");
    }

    /// <summary>The superuser connection to the server's maintenance database, for tests that manage databases themselves.</summary>
    public async Task<string> ServerConnectionStringAsync()
    {
        await starting.WaitAsync();
        try
        {
            if (server is null)
            {
                var configured = Environment.GetEnvironmentVariable(ConnectionVariable);
                if (string.IsNullOrWhiteSpace(configured))
                {
                    embedded = await EmbeddedPostgres.StartAsync(
                        new EmbeddedPostgresOptions
                        {
                            DataDirectory = Directory.CreateTempSubdirectory("ledger-test-pg-").FullName,
                            KeepData = false,
                            Durable = false,
                        },
                        CancellationToken.None);
                    configured = embedded.ConnectionString;
                }
                server = configured;
            }
            return server;
        }
        finally
        {
            starting.Release();
        }
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (embedded is not null)
        {
            await embedded.DisposeAsync();
        }
        starting.Dispose();
    }

    private async Task<string> CreateAsync(string name)
    {
        var serverConnection = await ServerConnectionStringAsync();
        await using (var connection = new NpgsqlConnection(serverConnection))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        return await LedgerDatabase.CreateDatabaseAsync(serverConnection, name, CancellationToken.None);
    }

    // PostgreSQL cuts names at 63 bytes: a longer one keeps its start and a hash of the whole, to stay unique.
    private static string Identifier(string text)
    {
        var name = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            name.Append(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '_');
        }
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            name.Insert(0, 't');
        }
        if (name.Length <= 63)
        {
            return name.ToString();
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
        return $"{name.ToString(0, 54)}_{hash}";
    }
}
