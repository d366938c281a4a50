using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>评标打分 by one expert for one bidder.</summary>
public sealed record RecordExpertScore(string TenderId, string ExpertId, string BidderId, decimal Score, int MinutesSpent);

public static partial class BiddingRules
{
    public const decimal MaxScore = 100m;

    public static Decision Decide(Tender tender, RecordExpertScore command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, command.TenderId);
        var (id, expert, bidder) = (command.TenderId, command.ExpertId, command.BidderId);
        return (actor.Role == Role.Expert && actor.PersonId == expert ? null
                : Check.WrongActor(actor, $"record the score of expert {expert} for tender {id}", $"expert {expert} in person"))
            ?? (tender.Phase >= TenderPhase.Opened ? null : Decision.Refuse($"the bids of tender {id} are not opened yet: no score before opening"))
            ?? (tender.Phase == TenderPhase.Opened ? null : Decision.Refuse($"the evaluation report of tender {id} is in: scores are closed"))
            ?? (tender.Avoidances.TryGetValue(expert, out var reason)
                ? Decision.Refuse($"expert {expert} was recused from tender {id} ({reason}) and cannot score", recordInTrail: true)
                : null)
            ?? (tender.Panel.Contains(expert) ? null : Decision.Refuse($"expert {expert} does not sit on the panel of tender {id}", recordInTrail: true))
            ?? (tender.Opened(bidder) is { Outcome: OpeningOutcome.Read } ? null
                : Decision.Refuse($"{bidder} has no bid read at the opening of tender {id} to score"))
            ?? (command.Score is >= 0 and <= MaxScore ? null
                : Decision.Refuse($"score {Check.Number(command.Score)} of expert {expert} for {bidder} is outside 0..{Check.Number(MaxScore)}"))
            ?? (command.MinutesSpent >= 0 ? null : Decision.Refuse($"{command.MinutesSpent} minutes spent by expert {expert} on {bidder} is negative"))
            ?? Decision.Accept(new ExpertScoreRecorded(id, expert, bidder, command.Score, command.MinutesSpent));
    }
}
