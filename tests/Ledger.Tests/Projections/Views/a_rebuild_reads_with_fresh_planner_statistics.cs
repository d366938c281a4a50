using Ledger.Projections;
using Ledger.Tests.Support;
using Npgsql;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Views;

/// <summary>
/// A rebuild reads every event in pages by sequence number; with statistics from before a bulk load PostgreSQL plans
/// each page as a scan of all the events after it. The rebuild samples the tables it reads first.
/// </summary>
public sealed class a_rebuild_reads_with_fresh_planner_statistics(PostgresFixture postgres)
{
    private static readonly string[] Tables = ["mt_events", "mt_streams", "ledger_events", "ledger_personal"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task the_tables_it_reads_are_analysed_before_it_starts()
    {
        var connection = await postgres.DatabaseFor(this);
        await using var ledger = await ViewLedger.OpenAsync(connection, BiddingClock.Entry);
        await new SampleTender(ledger).RecordAsync();
        var before = await AnalysedAsync(connection, ledger.Store.Options.Schema);

        await LedgerProjections.RebuildAllAsync(ledger.Store.Marten, Ct);

        var after = await AnalysedAsync(connection, ledger.Store.Options.Schema);
        Assert.All(Tables, table => Assert.True(after[table] > before[table], $"{table} was not analysed"));
    }

    [Fact]
    public async Task a_table_held_by_a_vacuum_does_not_hold_it_up()
    {
        var connection = await postgres.DatabaseFor(this);
        await using var ledger = await ViewLedger.OpenAsync(connection, BiddingClock.Entry);
        await using var db = NpgsqlDataSource.Create(connection);
        await using var holder = await db.OpenConnectionAsync(Ct);
        await using var held = await holder.BeginTransactionAsync(Ct);
        // The lock a (manual or anti-wraparound) VACUUM or CREATE INDEX CONCURRENTLY takes, and ANALYZE needs.
        await using (var take = new NpgsqlCommand($"LOCK TABLE \"{ledger.Store.Options.Schema}\".mt_events IN SHARE UPDATE EXCLUSIVE MODE", holder, held))
        {
            await take.ExecuteNonQueryAsync(Ct);
        }

        Assert.False(await LedgerProjections.RefreshStatisticsAsync(ledger.Store.Marten, Ct));
    }

    /// <summary>How many times each table was analysed by command (autovacuum's runs are counted apart).</summary>
    private static async Task<Dictionary<string, long>> AnalysedAsync(string connection, string schema)
    {
        await using var db = NpgsqlDataSource.Create(connection);
        await using var command = db.CreateCommand("select relname, analyze_count from pg_stat_user_tables where schemaname = $1 and relname = any($2)");
        command.Parameters.AddWithValue(schema);
        command.Parameters.AddWithValue(Tables);
        var counts = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }
        Assert.Equal(Tables.Length, counts.Count);
        return counts;
    }
}
