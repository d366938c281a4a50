using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Approvals.Commands;

/// <summary>不予受理: an official declines to accept the application and says why.</summary>
public sealed record RefuseAcceptance(string CaseId, string Reason);

public static partial class ApprovalRules
{
    public static Decision Decide(ApprovalCase approval, RefuseAcceptance command, Actor actor, DateTimeOffset now)
    {
        const string action = "refusing an application for acceptance";
        Checks.SameStream(approval.CaseId, command.CaseId, "case");
        if (Checks.WrongRole(actor, action, Role.Official) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("reason", command.Reason)) is { } missing)
        {
            return missing;
        }
        if (approval.Stage != ApprovalStage.Submitted)
        {
            return Decision.Refuse($"case {command.CaseId} is {approval.Stage}; only a submitted application is refused for acceptance");
        }
        return Decision.Accept(new ApplicationRefusedForAcceptance(command.CaseId, command.Reason, actor, Checks.Instant(now)));
    }
}
