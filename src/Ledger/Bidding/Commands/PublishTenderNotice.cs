using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>招标公告 with the documents' hash; the fields mean what they mean in <see cref="TenderNoticePublished"/>.</summary>
public sealed record PublishTenderNotice(
    string TenderId,
    decimal CeilingPrice,
    DateTimeOffset BidDeadline,
    DateTimeOffset OpeningTime,
    string DocumentsHash,
    decimal? RequiredDeposit,
    int CandidatePublicityDays);

public static partial class BiddingRules
{
    /// <summary>The least publicity of candidates, in days (Regulations Art. 54).</summary>
    public const int MinPublicityDays = 3;

    public static Decision Decide(Tender tender, PublishTenderNotice command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, command.TenderId);
        var id = command.TenderId;
        return Check.Entered(tender, id)
            ?? Check.TenderSide(tender, actor, $"publish the notice of tender {id}")
            ?? (tender.Phase == TenderPhase.Entered ? null : Decision.Refuse($"tender {id} already has a published notice"))
            ?? (command.CeilingPrice > 0 ? null : Decision.Refuse($"ceiling price {Check.Number(command.CeilingPrice)} of tender {id} is not positive"))
            ?? Check.Instant(command.BidDeadline, "bid deadline")
            ?? Check.Instant(command.OpeningTime, "opening time")
            ?? (command.BidDeadline > now ? null
                : Decision.Refuse($"bid deadline {Check.When(command.BidDeadline)} of tender {id} is not after the time of publication {Check.When(now)}"))
            ?? (command.OpeningTime == command.BidDeadline ? null
                : Decision.Refuse($"opening time {Check.When(command.OpeningTime)} of tender {id} is not the bid deadline {Check.When(command.BidDeadline)}: bids are opened at the deadline (Bidding Law Art. 34)"))
            ?? Check.Sha256(command.DocumentsHash, "documents hash")
            ?? (command.RequiredDeposit is null or > 0 ? null
                : Decision.Refuse($"required deposit {Check.Number(command.RequiredDeposit.Value)} of tender {id} is not positive: leave it out when no deposit is required"))
            ?? (command.CandidatePublicityDays >= MinPublicityDays ? null
                : Decision.Refuse($"candidate publicity of {command.CandidatePublicityDays} days for tender {id} is shorter than {MinPublicityDays} days (Regulations Art. 54)"))
            ?? Decision.Accept(new TenderNoticePublished(
                id, command.CeilingPrice, command.BidDeadline, command.OpeningTime, command.DocumentsHash, command.RequiredDeposit, command.CandidatePublicityDays));
    }
}
