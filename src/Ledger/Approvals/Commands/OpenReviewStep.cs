using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Approvals.Commands;

/// <summary>Open a review step in a department; steps in several departments may run at once (并联审批).</summary>
public sealed record OpenReviewStep(string CaseId, string StepId, string Department);

public static partial class ApprovalRules
{
    public static Decision Decide(ApprovalCase approval, OpenReviewStep command, Actor actor, DateTimeOffset now)
    {
        const string action = "opening a review step";
        Checks.SameStream(approval.CaseId, command.CaseId, "case");
        if (Checks.WrongRole(actor, action, Role.Official) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("step id", command.StepId), ("department", command.Department)) is { } missing)
        {
            return missing;
        }
        if (NotUnderReview(approval, command.CaseId, "review step") is { } notUnderReview)
        {
            return notUnderReview;
        }
        if (approval.Steps.TryGetValue(command.StepId, out var step))
        {
            return Decision.Refuse($"review step {command.StepId} of case {command.CaseId} was already opened at {Checks.When(step.OpenedAt)}; step ids are not reused");
        }
        return Decision.Accept(new ReviewStepOpened(command.CaseId, command.StepId, command.Department, actor, Checks.Instant(now)));
    }
}
