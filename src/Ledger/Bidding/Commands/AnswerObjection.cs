using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>The answer to an 异议 or the decision on a 投诉.</summary>
public sealed record AnswerObjection(string TenderId, string ObjectionId, bool Upheld, string Summary);

public static partial class BiddingRules
{
    /// <summary>An 异议 is answered by the tender side; a 投诉 is decided by the supervisory department (Regulations Art. 60).</summary>
    public static Decision Decide(Tender tender, AnswerObjection command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, command.TenderId);
        var id = command.TenderId;
        if (tender.Objections.FirstOrDefault(o => o.ObjectionId == command.ObjectionId) is not { } objection)
        {
            return Decision.Refuse($"tender {id} has no objection {command.ObjectionId}");
        }
        var action = $"answer {objection.Kind.ToString().ToLowerInvariant()} {objection.ObjectionId} on tender {id}";
        return (objection.Kind == ObjectionKind.Objection
                ? Check.TenderSide(tender, actor, action)
                : actor.Role == Role.Supervisor ? null : Check.WrongActor(actor, action, "the supervisory department"))
            ?? (objection.Answered ? Decision.Refuse($"{objection.Kind.ToString().ToLowerInvariant()} {objection.ObjectionId} on tender {id} is already answered") : null)
            ?? Check.Text(command.Summary, "answer summary")
            ?? Decision.Accept(new ObjectionAnswered(id, command.ObjectionId, command.Upheld, command.Summary));
    }
}
