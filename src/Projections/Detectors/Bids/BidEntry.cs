namespace Ledger.Projections.Detectors.Bids;

/// <summary>One bid as the detectors see it, whatever fed it: the ledger's opening, the simulator, a CSV import.</summary>
/// <param name="EventId">The event that carries the price (the opening, or the imported row's synthetic id).</param>
/// <param name="Amount">The bid price read at opening, in yuan.</param>
/// <param name="Won">Whether this bid won the tender.</param>
public sealed record BidEntry(Guid EventId, string BidderId, decimal Amount, bool Won);
