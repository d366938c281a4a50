namespace Ledger.Bidding;

/// <summary>Whether a bidder has a bid standing.</summary>
public enum BidStatus
{
    NotSubmitted,
    Submitted,
    Withdrawn,
}
