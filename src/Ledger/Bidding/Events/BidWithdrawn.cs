namespace Ledger.Bidding.Events;

/// <summary>撤回投标文件: the bidder withdrew its bid before the deadline (Bidding Law Art. 29).</summary>
public sealed record BidWithdrawn(string TenderId, string BidderId);
