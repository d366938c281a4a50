using Ledger.Store.Embedded;
using Npgsql;

namespace Ledger.Tests.Support;

/// <summary>Throwaway embedded clusters for the tests of the embedded server itself.</summary>
public static class PostgresScratch
{
    /// <summary>A fresh empty folder for a cluster, under the temporary folder the service user can reach.</summary>
    public static string Folder() => Directory.CreateTempSubdirectory("ledger-pg-").FullName;

    public static EmbeddedPostgresOptions Options(string folder, bool keepData = false) =>
        new() { DataDirectory = folder, KeepData = keepData, Durable = false };

    /// <summary>One value, read on a new unpooled connection so that a stopped server shows as a failure.</summary>
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        return value is DBNull ? default! : (T)value!;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
