using Ledger.Store;
using Ledger.Tests.Support;
using Marten;
using Npgsql;

namespace Ledger.Tests.Store;

public sealed class the_ledger_keeps_its_append_statements_prepared(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task repeated_appends_run_prepared_statements_on_a_pooled_connection()
    {
        var connection = await postgres.CreateDatabaseAsync(nameof(the_ledger_keeps_its_append_statements_prepared));
        await using var store = await TestLedger.OpenAsync(connection, "ledger");

        // Npgsql prepares a statement once it has run it a few times on a connection; one writer reuses one connection.
        for (var version = 0; version < 10; version++)
        {
            await store.AppendAsync("tender/T-1", version, new NoteRecorded($"第{version}次记录", version, "张三"), TestLedger.Context, Ct);
        }

        await using var session = store.Marten.QuerySession();
        var prepared = await session.AdvancedSql.QueryAsync<string>("SELECT statement FROM pg_prepared_statements", Ct);
        Assert.Contains(prepared, s => s.Contains("ledger_events", StringComparison.Ordinal));
        Assert.Contains(prepared, s => s.Contains("ledger_pending", StringComparison.Ordinal));
        Assert.Contains(prepared, s => s.Contains("mt_quick_append_events", StringComparison.Ordinal));
    }

    [Fact]
    public void a_connection_string_gets_automatic_preparation_unless_it_sets_its_own()
    {
        Assert.Equal(LedgerConnection.MaxAutoPrepare, new NpgsqlConnectionStringBuilder(LedgerConnection.Configure("Host=db;Database=ledger")).MaxAutoPrepare);
        Assert.Equal("Host=db;Max Auto Prepare=0", LedgerConnection.Configure("Host=db;Max Auto Prepare=0"));
        Assert.Equal("Host=db;MaxAutoPrepare=8", LedgerConnection.Configure("Host=db;MaxAutoPrepare=8"));
    }
}
