using Ledger.Projections.Detectors;
using Ledger.Projections.Detectors.Collusion;
using Marten;

namespace Ledger.Projections.Warnings;

/// <summary>
/// The cross-tender rules (<see cref="BidderNetworkDetector"/>: bid-together, cover bidding, rotation) over every opened
/// tender's bids, run on demand rather than by the daemon: each new opening can change warnings about any pair of
/// bidders in the market, so recomputing them per event would read every tender each time. <c>ledger rebuild</c> refreshes
/// them after the projections; <c>GET /views/warnings/network</c> computes them as of its call.
/// </summary>
public static class BidderNetworkWarnings
{
    private static readonly HashSet<string> NetworkRules =
        [BidderNetworkDetector.BidTogether.Id, BidderNetworkDetector.CoverBidding.Id, BidderNetworkDetector.Rotation.Id];

    /// <summary>The network warnings over the opened tenders in <paramref name="session"/>'s store, in the detectors' order.</summary>
    public static async Task<IReadOnlyList<Warning>> DetectAsync(IQuerySession session, NetworkThresholds thresholds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Detect(await OpenedAsync(session, ct), thresholds);
    }

    /// <summary>
    /// Recomputes the network warnings and stores them as <see cref="WarningRecord"/>s of the bidding family without a
    /// tender; those that no longer hold are marked cleared. Their times are the latest opening among the tenders read,
    /// the ledger time the computation is as of. Returns the number of warnings that hold.
    /// </summary>
    public static async Task<int> RefreshAsync(IDocumentStore store, NetworkThresholds thresholds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var session = store.LightweightSession();
        var opened = await OpenedAsync(session, ct);
        var warnings = Detect(opened, thresholds);
        var asOf = opened.Max(t => t.OpenedAt) ?? DateTimeOffset.UnixEpoch;
        var raised = (await session.Query<WarningRecord>().Where(w => w.Rule.IsOneOf(NetworkRules.ToArray())).ToListAsync(ct)).ToList();
        var changed = new HashSet<WarningRecord>();
        Raising.Reconcile(raised, warnings, NetworkRules.Contains, () => new WarningRecord { Family = WarningFamily.Bidding }, null, asOf, changed);
        session.Store(changed.ToArray());
        await session.SaveChangesAsync(ct);
        return raised.Count(w => w.IsActive);
    }

    private static IReadOnlyList<Warning> Detect(IReadOnlyList<TenderInputs> opened, NetworkThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return BidderNetworkDetector.Detect([.. opened.Select(t => t.Bids()!)], thresholds);
    }

    private static async Task<IReadOnlyList<TenderInputs>> OpenedAsync(IQuerySession session, CancellationToken ct) =>
        await session.Query<TenderInputs>().Where(t => t.OpeningEventId != null).ToListAsync(ct);
}
