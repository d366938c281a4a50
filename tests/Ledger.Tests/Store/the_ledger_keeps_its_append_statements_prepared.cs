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

    [Fact]
    public void a_replaying_process_plans_prepared_statements_for_their_parameters_unless_its_options_say_otherwise()
    {
        Assert.Equal(LedgerConnection.CustomPlans, new NpgsqlConnectionStringBuilder(LedgerConnection.ForReplay("Host=db")).Options);
        Assert.Equal(
            $"-c search_path=ledger {LedgerConnection.CustomPlans}",
            new NpgsqlConnectionStringBuilder(LedgerConnection.ForReplay("Host=db;Options=-c search_path=ledger")).Options);
        Assert.Equal("Host=db;Options=-c plan_cache_mode=auto", LedgerConnection.ForReplay("Host=db;Options=-c plan_cache_mode=auto"));
        Assert.Equal("Host=db;Options=-c PLAN_CACHE_MODE=auto", LedgerConnection.ForReplay("Host=db;Options=-c PLAN_CACHE_MODE=auto"));
        Assert.Equal("Host=db;Options=--plan-cache-mode=auto", LedgerConnection.ForReplay("Host=db;Options=--plan-cache-mode=auto"));
        Assert.Equal("Host=db;Max Auto Prepare=0", LedgerConnection.ForReplay("Host=db;Max Auto Prepare=0"));
        // PGOPTIONS counts only when the string has no Options, as Npgsql reads it, and is carried along with ours.
        Assert.Equal(
            $"-c statement_timeout=0 {LedgerConnection.CustomPlans}",
            new NpgsqlConnectionStringBuilder(LedgerConnection.ForReplay("Host=db", "-c statement_timeout=0")).Options);
        Assert.Equal("Host=db", LedgerConnection.ForReplay("Host=db", "-c plan_cache_mode=auto"));
        Assert.Equal(
            $"-c search_path=ledger {LedgerConnection.CustomPlans}",
            new NpgsqlConnectionStringBuilder(LedgerConnection.ForReplay("Host=db;Options=-c search_path=ledger", "-c plan_cache_mode=auto")).Options);
        Assert.Equal(LedgerConnection.CustomPlans, new NpgsqlConnectionStringBuilder(LedgerConnection.ForReplay("Host=db;Max Auto Prepare=8")).Options);
        // The appending store keeps PostgreSQL's choice: planning every execution costs appends 10-15 % of their rate.
        Assert.Null(new NpgsqlConnectionStringBuilder(LedgerConnection.Configure("Host=db")).Options);
    }

    [Fact]
    public async Task a_store_that_holds_no_key_plans_as_a_replay_and_an_appending_store_as_postgres_chooses()
    {
        var connection = await postgres.CreateDatabaseAsync(nameof(a_store_that_holds_no_key_plans_as_a_replay_and_an_appending_store_as_postgres_chooses));
        await using var appending = await TestLedger.OpenAsync(connection, "ledger");
        await using var reader = await LedgerStore.OpenAsync(
            new LedgerStoreOptions { ConnectionString = connection, Schema = "ledger", Origin = TestLedger.Origin, SigningKeys = [] }, Ct);

        Assert.Equal("auto", await PlanCacheModeAsync(appending));
        Assert.Equal("force_custom_plan", await PlanCacheModeAsync(reader));
    }

    private static async Task<string> PlanCacheModeAsync(LedgerStore store)
    {
        await using var session = store.Marten.QuerySession();
        return (await session.AdvancedSql.QueryAsync<string>("SHOW plan_cache_mode", Ct)).Single();
    }

    [Fact]
    public async Task a_page_read_with_a_far_ceiling_is_planned_for_its_range_however_often_it_runs()
    {
        var database = await postgres.CreateDatabaseAsync(nameof(a_page_read_with_a_far_ceiling_is_planned_for_its_range_however_often_it_runs));
        await using var connection = new NpgsqlConnection(LedgerConnection.Configure(LedgerConnection.ForReplay(database)));
        await connection.OpenAsync(Ct);
        await Execute(connection, "CREATE TABLE pages AS SELECT g::bigint AS seq_id, md5(g::text) AS body FROM generate_series(1, 100000) g");
        await Execute(connection, "ALTER TABLE pages ADD PRIMARY KEY (seq_id)");
        await Execute(connection, "ANALYZE pages");
        // The daemon's shape of page read, run more often than the five custom plans PostgreSQL tries before a generic one.
        await Execute(connection, "PREPARE page_read(bigint, bigint) AS SELECT body FROM pages WHERE seq_id > $1 AND seq_id <= $2 ORDER BY seq_id LIMIT 100");
        for (var page = 0; page < 8; page++)
        {
            await Execute(connection, $"EXECUTE page_read({page * 100}, 100000)");
        }

        await using (var mode = new NpgsqlCommand("SHOW plan_cache_mode", connection))
        {
            Assert.Equal("force_custom_plan", await mode.ExecuteScalarAsync(Ct));
        }
        Assert.DoesNotContain("$1", await PlanAsync(connection));

        // The same statement on the same connection left to PostgreSQL's choice gets the generic plan, ranges unknown.
        await Execute(connection, "SET plan_cache_mode = auto");
        Assert.Contains("$1", await PlanAsync(connection));
    }

    private static async Task<string> PlanAsync(NpgsqlConnection connection)
    {
        await using var explain = new NpgsqlCommand("EXPLAIN EXECUTE page_read(800, 100000)", connection);
        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            plan.Add(reader.GetString(0));
        }
        return string.Join('\n', plan);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
