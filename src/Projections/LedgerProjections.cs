using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Ledger.Projections.Detectors;
using Ledger.Projections.Views.Actors;
using Ledger.Projections.Views.Addresses;
using Ledger.Projections.Views.Approvals;
using Ledger.Projections.Views.Markets;
using Ledger.Projections.Views.Tenders;
using Ledger.Projections.Warnings;
using Marten;
using Npgsql;

namespace Ledger.Projections;

/// <summary>
/// The ledger's Marten projections, all run by Marten's async daemon, never inline: a view must not slow or fail an
/// append, and every view can be rebuilt from the events at any time.
/// </summary>
public static class LedgerProjections
{
    /// <summary>How long one projection's rebuild may take before Marten gives up on it; a province's store is large.</summary>
    private static readonly TimeSpan RebuildTimeout = TimeSpan.FromHours(2);

    private const int PageSize = 2_000;

    /// <summary>How long a statistics refresh waits for a table that a vacuum or an index build holds.</summary>
    private static readonly TimeSpan StatisticsLockWait = TimeSpan.FromSeconds(2);

    /// <summary>How many changed aggregates a rebuild holds in memory before it writes them.</summary>
    private const int RebuildFlushDocuments = 2_000;

    /// <summary>Registers the projections and their indexes; pass it as <c>LedgerStoreOptions.ConfigureMarten</c>.</summary>
    public static void Configure(StoreOptions options) => Configure(options, new DetectorThresholds());

    /// <summary>
    /// Registers the projections with the detectors at <paramref name="thresholds"/>:
    /// <c>ConfigureMarten = o => LedgerProjections.Configure(o, thresholds)</c>.
    /// </summary>
    public static void Configure(StoreOptions options, DetectorThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(thresholds);
        // The API and the CLI build and run the daemon themselves (they do not use AddMarten's hosted daemon).
        options.Projections.AsyncMode = DaemonMode.ExternallyManaged;
        // A rebuild's pure inserts (the actor timeline's one document per event) go by binary COPY.
        options.Projections.RebuildWithBulkCopy = true;
        options.Projections.Add<TenderTrailProjection>(ProjectionLifecycle.Async, Paging);
        options.Projections.Add<ActorTimelineProjection>(ProjectionLifecycle.Async, Paging);
        options.Projections.Add<AddressRegisterProjection>(ProjectionLifecycle.Async, Paging);
        options.Projections.Add<ApprovalCaseProjection>(ProjectionLifecycle.Async, Paging);
        options.Projections.Add<TenderMarketFactsProjection>(ProjectionLifecycle.Async, Paging);
        options.Schema.For<ActorAction>().Index(a => a.PersonId).Index(a => a.Organisation);
        options.Schema.For<PropertyRegister>().Index(p => p.StandardAddressId);
        options.Schema.For<TenderMarketFacts>().Index(f => f.OpenedAt);
        // The warning projection takes events by type rather than through Apply methods, so it names them itself.
        options.Events.AddEventTypes(WarningProjection.EventTypes);
        options.Projections.Add(new WarningProjection(thresholds), ProjectionLifecycle.Async, WarningProjection.ProjectionName, rebuild =>
        {
            Paging(rebuild);
            rebuild.DeleteViewTypeOnTeardown<WarningRecord>();
            rebuild.DeleteViewTypeOnTeardown<TenderInputs>();
            rebuild.DeleteViewTypeOnTeardown<PropertyInputs>();
            rebuild.DeleteViewTypeOnTeardown<CaseInputs>();
        });
        options.Schema.For<WarningRecord>().Index(w => w.Rule).Index(w => w.TenderId).Index(w => w.Score);
    }

    /// <summary>
    /// How the daemon pages events to a projection. Larger pages than Marten's default: each page costs a round of
    /// queries (the events, their ledger records, the documents they touch) and a transaction, whatever its size. In a
    /// rebuild an aggregation keeps its documents in memory and writes each once per flush rather than once per page.
    /// </summary>
    private static void Paging(AsyncOptions options)
    {
        options.BatchSize = PageSize;
        options.RebuildFlushThreshold = RebuildFlushDocuments;
    }

    /// <summary>
    /// Rebuilds every projection registered in <paramref name="store"/> from the first event: its documents are deleted
    /// and built again. Run it with no other daemon running on the store, as <c>ledger rebuild</c> does, on a store that
    /// holds no signing key: such a store plans as a replay (<c>LedgerConnection.ForReplay</c>), and a rebuild of a small
    /// store otherwise reads each page by a generic plan.
    /// </summary>
    public static async Task RebuildAllAsync(IDocumentStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        await RefreshStatisticsAsync(store, ct);
        using var daemon = await store.BuildProjectionDaemonAsync();
        // All at once: each projection waits on the database for much of its time, which the others then use.
        await Task.WhenAll(store.Options.Events.Projections().Select(p => daemon.RebuildProjectionAsync(p.Name, RebuildTimeout, ct)));
    }

    /// <summary>
    /// Has PostgreSQL sample the tables a rebuild reads (the events, their streams, the ledger's records and disclosures).
    /// The daemon reads events in pages by sequence number up to the store's end; with statistics from before a bulk
    /// load (an import, a restore, a fresh simulator market: autovacuum has not looked yet) the planner takes each page's
    /// range for a few hundred rows, fetches and sorts every event to the end for each page, and the rebuild turns
    /// quadratic: measured on 200,000 events, 55 s of the server's time in the event reads instead of 3 s.
    /// </summary>
    /// <returns>False when a vacuum or an index build held the tables past <see cref="StatisticsLockWait"/>: the
    /// refresh only saves time, so nothing waits for it.</returns>
    public static async Task<bool> RefreshStatisticsAsync(IDocumentStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var schema = LedgerTables.Schema(store);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var analyze = new NpgsqlCommand(
            $"SET LOCAL lock_timeout = {(int)StatisticsLockWait.TotalMilliseconds}; " +
            $"ANALYZE {schema}.mt_events, {schema}.mt_streams, {schema}.ledger_events, {schema}.ledger_personal",
            connection,
            transaction);
        try
        {
            await analyze.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return false;
        }
        await transaction.CommitAsync(ct);
        return true;
    }
}
