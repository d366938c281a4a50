using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>异议 or 投诉, filed online by the party or recorded by the centre.</summary>
public sealed record FileObjection(string TenderId, string ObjectionId, ObjectionKind Kind, string FiledBy, string Summary);

public static partial class BiddingRules
{
    public static Decision Decide(Tender tender, FileObjection command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, command.TenderId);
        var id = command.TenderId;
        return (actor.Role == Role.CentreOperator ? null : Check.OwnBid(actor, command.FiledBy, $"file an objection for {command.FiledBy} on tender {id}"))
            ?? Check.NoticePublished(tender, id, "objection")
            ?? Check.Id(command.ObjectionId, "objection id")
            ?? Check.Text(command.FiledBy, "objector")
            ?? Check.Text(command.Summary, "objection summary")
            ?? (tender.Objections.All(o => o.ObjectionId != command.ObjectionId) ? null
                : Decision.Refuse($"tender {id} already has an objection {command.ObjectionId}"))
            ?? Decision.Accept(new ObjectionFiled(id, command.ObjectionId, command.Kind, command.FiledBy, command.Summary));
    }
}
