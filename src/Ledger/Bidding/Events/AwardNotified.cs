namespace Ledger.Bidding.Events;

/// <summary>中标通知书: the winner, at the price it revealed at opening.</summary>
public sealed record AwardNotified(string TenderId, string WinnerId, decimal Price);
