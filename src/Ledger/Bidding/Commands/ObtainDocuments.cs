using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>获取招标文件, by the bidder or recorded by the centre's platform.</summary>
public sealed record ObtainDocuments(string TenderId, string BidderId, string DocumentsHash);

public static partial class BiddingRules
{
    public static Decision Decide(Tender tender, Bid bid, ObtainDocuments command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, bid, command.TenderId, command.BidderId);
        var (id, bidder) = (command.TenderId, command.BidderId);
        var action = $"obtain the documents of tender {id} for {bidder}";
        return (actor.Role == Role.CentreOperator ? null : Check.OwnBid(actor, bidder, action))
            ?? Check.NoticePublished(tender, id, "documents")
            ?? Check.BeforeDeadline(tender, now, $"documents request of {bidder}", recordInTrail: false)
            ?? Check.Id(bidder, "bidder id")
            ?? (bid.DocumentsHash is null ? null : Decision.Refuse($"{bidder} has already obtained the documents of tender {id}"))
            ?? (command.DocumentsHash == tender.DocumentsHash ? null
                : Decision.Refuse($"documents hash {command.DocumentsHash} obtained by {bidder} is not the published documents hash {tender.DocumentsHash} of tender {id}"))
            ?? Decision.Accept(new DocumentsObtained(id, bidder, command.DocumentsHash));
    }
}
