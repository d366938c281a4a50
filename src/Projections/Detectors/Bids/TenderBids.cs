namespace Ledger.Projections.Detectors.Bids;

/// <summary>
/// The bids of one tender, independent of the ledger's event types so that live projections, the simulator and the
/// importer of historical results (one row per bid: tender, date, bidder, amount, winner flag, ceiling, region) can
/// all feed the same detectors.
/// </summary>
/// <param name="Region">The tender's administrative region, for market indicators and openness.</param>
/// <param name="Ceiling">最高投标限价, when the tender set one.</param>
/// <param name="Bids">One entry per bidder, the bids read at opening.</param>
public sealed record TenderBids(string TenderId, string Region, DateOnly Date, decimal? Ceiling, IReadOnlyList<BidEntry> Bids);
