using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>中标候选人公示 until <paramref name="PublicityEnd"/>; it starts when the ledger records it.</summary>
public sealed record PublishCandidates(string TenderId, DateTimeOffset PublicityEnd);

public static partial class BiddingRules
{
    /// <summary>Publishes the report's candidates from <paramref name="now"/>, for at least the notice's publicity days counted in whole 24-hour days.</summary>
    public static Decision Decide(Tender tender, PublishCandidates command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, command.TenderId);
        var id = command.TenderId;
        var shortest = now.AddDays(tender.CandidatePublicityDays);
        return Check.Entered(tender, id)
            ?? Check.TenderSide(tender, actor, $"publish the candidates of tender {id}")
            ?? (tender.Phase >= TenderPhase.Evaluated ? null : Decision.Refuse($"tender {id} has no evaluation report: no candidates before it"))
            ?? (tender.Phase == TenderPhase.Evaluated ? null : Decision.Refuse($"the candidates of tender {id} are already published"))
            ?? Check.Instant(command.PublicityEnd, "publicity end")
            ?? (command.PublicityEnd >= shortest ? null
                : Decision.Refuse($"publicity of tender {id} from {Check.When(now)} to {Check.When(command.PublicityEnd)} is shorter than {tender.CandidatePublicityDays} days, which end at {Check.When(shortest)}"))
            ?? Decision.Accept(new CandidatesPublished(id, now, command.PublicityEnd, tender.Candidates));
    }
}
