using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Approvals.Commands;

/// <summary>时限中止: stop the clock of a case under review, for a reason the law allows.</summary>
public sealed record SuspendApproval(string CaseId, string Reason);

public static partial class ApprovalRules
{
    public static Decision Decide(ApprovalCase approval, SuspendApproval command, Actor actor, DateTimeOffset now)
    {
        const string action = "suspending a case";
        Checks.SameStream(approval.CaseId, command.CaseId, "case");
        if (Checks.WrongRole(actor, action, Role.Official) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("reason", command.Reason)) is { } missing)
        {
            return missing;
        }
        if (NotUnderReview(approval, command.CaseId, "suspension") is { } notUnderReview)
        {
            return notUnderReview;
        }
        if (approval.SuspendedSince is { } since)
        {
            return Decision.Refuse($"case {command.CaseId} is already suspended since {Checks.When(since)}");
        }
        return Decision.Accept(new ApprovalSuspended(command.CaseId, command.Reason, actor, Checks.Instant(now)));
    }
}
