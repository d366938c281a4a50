using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>中标通知 to one of the published candidates, at the price it revealed at opening.</summary>
public sealed record NotifyAward(string TenderId, string WinnerId);

public static partial class BiddingRules
{
    public static Decision Decide(Tender tender, NotifyAward command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, command.TenderId);
        var id = command.TenderId;
        var open = tender.Objections.Where(o => !o.Answered).Select(o => o.ObjectionId).ToList();
        return Check.Entered(tender, id)
            ?? Check.TenderSide(tender, actor, $"award tender {id}")
            ?? (tender.Phase >= TenderPhase.CandidatesPublished ? null : Decision.Refuse($"the candidates of tender {id} are not published: no award before the publicity"))
            ?? (tender.Phase == TenderPhase.CandidatesPublished ? null : Decision.Refuse($"tender {id} is already awarded to {tender.WinnerId}"))
            ?? (now >= tender.PublicityEnd ? null
                : Decision.Refuse($"award of tender {id} at {Check.When(now)} is before the candidate publicity ends at {Check.When(tender.PublicityEnd!.Value)}"))
            ?? (open.Count == 0 ? null : Decision.Refuse($"tender {id} has unanswered objections {string.Join(", ", open)}: no award until they are answered"))
            ?? (tender.Candidates.Any(c => c.BidderId == command.WinnerId) ? null
                : Decision.Refuse($"{command.WinnerId} is not a published candidate of tender {id}"))
            ?? Decision.Accept(new AwardNotified(id, command.WinnerId, tender.Opened(command.WinnerId)!.Price!.Value));
    }
}
