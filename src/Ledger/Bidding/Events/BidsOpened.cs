namespace Ledger.Bidding.Events;

/// <summary>开标: every bid standing at the deadline, opened, with its outcome.</summary>
public sealed record BidsOpened(string TenderId, IReadOnlyList<OpenedBid> Bids);
