using System.Diagnostics;
using System.Globalization;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Projections;
using Ledger.Projections.Detectors;
using Ledger.Projections.Warnings;
using Ledger.Store;
using Ledger.Store.Embedded;
using Npgsql;

namespace Ledger.Cli;

/// <summary>
/// <c>ledger rebuild</c>: deletes every projection's documents and builds them again from the events
/// (<see cref="LedgerProjections.RebuildAllAsync"/>), then refreshes the cross-tender network warnings, and prints what
/// it rebuilt and how fast. Stop the API first: a rebuild must be the only daemon on the store. With no
/// <c>--connection</c> it opens the store the API uses, as <c>verify-store</c> does.
/// </summary>
public static class RebuildCommand
{
    public const string Usage = "ledger rebuild [--connection <npgsql>] [--data <pgdata-folder>] [--schema ledger]";

    private static readonly string DefaultData = Path.Combine("src", "Api", ".ledger", "pgdata");

    public static int Run(Options options, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        options.AllowOnly("--connection", "--data", "--schema");
        try
        {
            return RunAsync(options, output, ct).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is EmbeddedPostgresException or PostgresNotInstalledException or NpgsqlException or InvalidOperationException)
        {
            error.WriteLine($"ledger rebuild: {e.Message}");
            return 2;
        }
    }

    private static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken ct)
    {
        var schema = options.Optional("--schema") ?? "ledger";
        if (options.Optional("--connection") is { } connection)
        {
            return await RebuildAsync(connection, schema, "the configured database", output, ct);
        }
        var data = Path.GetFullPath(options.Optional("--data") ?? DefaultData);
        var configured = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(LedgerDatabase.ConnectionVariable));
        if (!configured && !File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            // Starting the embedded server on an empty folder would create a store, not find one.
            throw new InvalidOperationException($"no store at {data}: give --connection, or --data with the API's data folder (.ledger/pgdata)");
        }
        await using var server = await LedgerDatabase.OpenAsync(null, new EmbeddedPostgresOptions { DataDirectory = data }, ct);
        return await RebuildAsync(server.ConnectionString, schema, configured ? LedgerDatabase.ConnectionVariable : $"the embedded store in {data}", output, ct);
    }

    private static async Task<int> RebuildAsync(string connection, string schema, string where, TextWriter output, CancellationToken ct)
    {
        await using var store = await OpenAsync(connection, schema, ct);
        var result = await RebuildAsync(store, ct);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"rebuilt schema {schema} in {where}: {string.Join(", ", result.Projections)}"));
        output.WriteLine(string.Create(c,
            $"{result.Events:N0} events in {result.Elapsed.TotalSeconds:F2} s: {result.Events / Math.Max(result.Elapsed.TotalSeconds, 1e-9):N0} events/s (every projection reads them all)"));
        output.WriteLine(string.Create(c, $"network warnings (bid-together, cover bidding, rotation) refreshed: {result.NetworkWarnings:N0} hold"));
        return 0;
    }

    /// <summary>
    /// Opens the store to read and rebuild it: it holds no signing key, so nothing can be appended or signed, and its
    /// statements are planned as a replay's.
    /// </summary>
    private static Task<LedgerStore> OpenAsync(string connection, string schema, CancellationToken ct) =>
        LedgerStore.OpenAsync(new LedgerStoreOptions
        {
            ConnectionString = connection,
            Schema = schema,
            Origin = "ledger.rebuild/unused",
            Suite = CryptoSuite.Intl,
            SigningKeys = [],
            ConfigureMarten = LedgerProjections.Configure,
        }, ct);

    /// <summary>Rebuilds every projection of <paramref name="store"/> and refreshes the network warnings, timed.</summary>
    private static async Task<RebuildResult> RebuildAsync(LedgerStore store, CancellationToken ct)
    {
        await using var db = NpgsqlDataSource.Create(store.Options.ConnectionString);
        await using var count = db.CreateCommand($"SELECT count(*) FROM {SqlName.Quote(store.Options.Schema)}.mt_events");
        var events = (long)(await count.ExecuteScalarAsync(ct))!;
        var watch = Stopwatch.StartNew();
        await LedgerProjections.RebuildAllAsync(store.Marten, ct);
        var elapsed = watch.Elapsed;
        var network = await BidderNetworkWarnings.RefreshAsync(store.Marten, new DetectorThresholds().Network, ct);
        return new RebuildResult([.. store.Marten.Options.Events.Projections().Select(p => p.Name)], events, elapsed, network);
    }
}

/// <summary>What a rebuild did: the projections, the events they read, the time they took, the network warnings that hold.</summary>
internal sealed record RebuildResult(IReadOnlyList<string> Projections, long Events, TimeSpan Elapsed, int NetworkWarnings);
