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

namespace Ledger.Projections;

/// <summary>
/// The ledger's Marten projections, all run by Marten's async daemon, never inline: a view must not slow or fail an
/// append, and every view can be rebuilt from the events at any time.
/// </summary>
public static class LedgerProjections
{
    /// <summary>How long one projection's rebuild may take before Marten gives up on it; a province's store is large.</summary>
    private static readonly TimeSpan RebuildTimeout = TimeSpan.FromHours(2);

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
        options.Projections.Add<TenderTrailProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<ActorTimelineProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<AddressRegisterProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<ApprovalCaseProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<TenderMarketFactsProjection>(ProjectionLifecycle.Async);
        options.Schema.For<ActorAction>().Index(a => a.PersonId).Index(a => a.Organisation);
        options.Schema.For<PropertyRegister>().Index(p => p.StandardAddressId);
        options.Schema.For<TenderMarketFacts>().Index(f => f.OpenedAt);
        // The warning projection takes events by type rather than through Apply methods, so it names them itself.
        options.Events.AddEventTypes(WarningProjection.EventTypes);
        options.Projections.Add(new WarningProjection(thresholds), ProjectionLifecycle.Async, WarningProjection.ProjectionName, rebuild =>
        {
            rebuild.DeleteViewTypeOnTeardown<WarningRecord>();
            rebuild.DeleteViewTypeOnTeardown<TenderInputs>();
            rebuild.DeleteViewTypeOnTeardown<PropertyInputs>();
            rebuild.DeleteViewTypeOnTeardown<CaseInputs>();
        });
        options.Schema.For<WarningRecord>().Index(w => w.Rule).Index(w => w.TenderId).Index(w => w.Score);
    }

    /// <summary>
    /// Rebuilds every projection registered in <paramref name="store"/> from the first event: its documents are deleted
    /// and built again. Run it with no other daemon running on the store, as <c>ledger rebuild</c> does.
    /// </summary>
    public static async Task RebuildAllAsync(IDocumentStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var projection in store.Options.Events.Projections())
        {
            await daemon.RebuildProjectionAsync(projection.Name, RebuildTimeout, ct);
        }
    }
}
