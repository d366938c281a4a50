using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>撤回投标文件 before the deadline.</summary>
public sealed record WithdrawBid(string TenderId, string BidderId);

public static partial class BiddingRules
{
    public static Decision Decide(Tender tender, Bid bid, WithdrawBid command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, bid, command.TenderId, command.BidderId);
        var (id, bidder) = (command.TenderId, command.BidderId);
        return Check.OwnBid(actor, bidder, $"withdraw the bid of {bidder} for tender {id}")
            ?? Check.NoticePublished(tender, id, "withdrawal")
            ?? Check.BeforeDeadline(tender, now, $"withdrawal of the bid of {bidder}", recordInTrail: true)
            ?? (bid.Status == BidStatus.Submitted ? null : Decision.Refuse($"{bidder} has no bid standing for tender {id} to withdraw"))
            ?? Decision.Accept(new BidWithdrawn(id, bidder));
    }
}
