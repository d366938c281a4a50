namespace Ledger.Markets.Events;

/// <summary>One bid of a historical tender.</summary>
/// <param name="BidderId">The bidder as the source names it, usually a unified social credit code.</param>
/// <param name="Amount">投标报价 in yuan.</param>
/// <param name="Won">Whether this bid won the tender; at most one bid of a tender does.</param>
/// <param name="Collusive">The source's label for this bid: true for a bid found collusive (the designated winner or a
/// cover bid), false for one found competitive, null when the row is not labelled.</param>
public sealed record ImportedBid(string BidderId, decimal Amount, bool Won, bool? Collusive);
