using Ledger.Store.Embedded;
using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Store.Embedded;

public sealed class a_configured_connection_wins_over_the_embedded_default
{
    [Fact]
    public async Task and_no_server_is_started()
    {
        var configured = Environment.GetEnvironmentVariable(LedgerDatabase.ConnectionVariable) ?? "Host=db.example;Database=ledger";
        var folder = Path.Combine(Path.GetTempPath(), $"ledger-pg-never-{Guid.NewGuid():N}");

        await using var ledger = await LedgerDatabase.OpenAsync("Host=db.example;Database=ledger", PostgresScratch.Options(folder), TestContext.Current.CancellationToken);

        Assert.Equal(configured, ledger.ConnectionString);
        Assert.Null(ledger.Embedded);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task without_one_the_embedded_server_serves_the_ledger_database()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable(LedgerDatabase.ConnectionVariable) is not null, $"{LedgerDatabase.ConnectionVariable} is set");

        await using var ledger = await LedgerDatabase.OpenAsync(null, PostgresScratch.Options(PostgresScratch.Folder()), TestContext.Current.CancellationToken);

        Assert.NotNull(ledger.Embedded);
        Assert.Equal("ledger", new NpgsqlConnectionStringBuilder(ledger.ConnectionString).Database);
        Assert.Equal("ledger", await PostgresScratch.ScalarAsync<string>(ledger.ConnectionString, "SELECT current_database()"));
    }
}
