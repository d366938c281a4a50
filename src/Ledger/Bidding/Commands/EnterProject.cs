using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>进场登记 of a tender.</summary>
public sealed record EnterProject(string TenderId, string ProjectName, string TendererId, string? AgentId);

public static partial class BiddingRules
{
    public static Decision Decide(Tender tender, EnterProject command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, command.TenderId);
        return Check.TenderSide(command.TendererId, command.AgentId, actor, $"enter tender {command.TenderId}")
            ?? (tender.Phase == TenderPhase.None ? null : Decision.Refuse($"tender {command.TenderId} has already entered the centre"))
            ?? Check.Id(command.TenderId, "tender id")
            ?? Check.Text(command.ProjectName, "project name")
            ?? Check.Text(command.TendererId, "tenderer")
            ?? Decision.Accept(new ProjectEntered(command.TenderId, command.ProjectName, command.TendererId, command.AgentId));
    }
}
