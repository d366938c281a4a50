using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Approvals.Commands;

/// <summary>Start the clock of a suspended case again.</summary>
public sealed record ResumeApproval(string CaseId, string Reason);

public static partial class ApprovalRules
{
    public static Decision Decide(ApprovalCase approval, ResumeApproval command, Actor actor, DateTimeOffset now)
    {
        const string action = "resuming a case";
        Checks.SameStream(approval.CaseId, command.CaseId, "case");
        if (Checks.WrongRole(actor, action, Role.Official) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("reason", command.Reason)) is { } missing)
        {
            return missing;
        }
        if (approval.SuspendedSince is not { } since)
        {
            return Decision.Refuse($"case {command.CaseId} is not suspended");
        }
        var at = Checks.Instant(now);
        if (at < since)
        {
            return Decision.Refuse($"case {command.CaseId} cannot resume at {Checks.When(at)}, before its suspension at {Checks.When(since)}");
        }
        return Decision.Accept(new ApprovalResumed(command.CaseId, command.Reason, actor, at));
    }
}
