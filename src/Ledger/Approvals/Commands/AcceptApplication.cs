using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Approvals.Commands;

/// <summary>受理: an official accepts the application for review; the clock starts.</summary>
public sealed record AcceptApplication(string CaseId);

public static partial class ApprovalRules
{
    public static Decision Decide(ApprovalCase approval, AcceptApplication command, Actor actor, DateTimeOffset now)
    {
        Checks.SameStream(approval.CaseId, command.CaseId, "case");
        if (Checks.WrongRole(actor, "accepting an application", Role.Official) is { } wrongRole)
        {
            return wrongRole;
        }
        if (approval.Stage != ApprovalStage.Submitted)
        {
            return Decision.Refuse($"case {command.CaseId} is {approval.Stage}; only a submitted application is accepted");
        }
        return Decision.Accept(new ApplicationAccepted(command.CaseId, actor, Checks.Instant(now)));
    }
}
