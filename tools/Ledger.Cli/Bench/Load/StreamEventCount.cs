using Ledger.Store;
using Npgsql;

namespace Ledger.Cli.Bench.Load;

/// <summary>
/// Counts, in the API's database, the events stored in the run's own streams (its tenders' and their bids'), so
/// other writers to the same ledger, and refusals recorded in the actors' trails, do not count.
/// </summary>
internal sealed class StreamEventCount(string connectionString) : IEventCount
{
    /// <summary>The API leaves the store at its default schema.</summary>
    private const string Schema = "ledger";

    public string Source => "events stored in the run's streams, counted in the database";

    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task<long> CountAsync(string run, CancellationToken ct)
    {
        await using var db = NpgsqlDataSource.Create(connectionString);
        await using var command = db.CreateCommand($"SELECT count(*) FROM {SqlName.Quote(Schema)}.ledger_events WHERE stream LIKE $1 OR stream LIKE $2");
        command.Parameters.AddWithValue($"tender/{LoadRun.TenderPrefix(run)}%");
        command.Parameters.AddWithValue($"bid/{LoadRun.TenderPrefix(run)}%");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
