using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Approvals.Commands;

/// <summary>
/// An official of the step's department concludes an open review step with the department's opinion; an objection
/// says why. Only the reviewing department speaks for itself, so an official of another is refused and recorded.
/// </summary>
public sealed record ConcludeReviewStep(string CaseId, string StepId, StepOpinion Opinion, string? Remarks);

public static partial class ApprovalRules
{
    public static Decision Decide(ApprovalCase approval, ConcludeReviewStep command, Actor actor, DateTimeOffset now)
    {
        Checks.SameStream(approval.CaseId, command.CaseId, "case");
        if (Checks.WrongRole(actor, "concluding a review step", Role.Official) is { } wrongRole)
        {
            return wrongRole;
        }
        if (NotUnderReview(approval, command.CaseId, "review step") is { } notUnderReview)
        {
            return notUnderReview;
        }
        if (!approval.Steps.TryGetValue(command.StepId, out var step))
        {
            return Decision.Refuse($"case {command.CaseId} has no review step {command.StepId}");
        }
        if (step.ConcludedAt is { } concludedAt)
        {
            return Decision.Refuse($"review step {command.StepId} of case {command.CaseId} was concluded at {Checks.When(concludedAt)}");
        }
        if (actor.Organisation != step.Department)
        {
            return Decision.Refuse(
                $"review step {command.StepId} is {step.Department}'s to conclude; {actor.PersonId} acts for {actor.Organisation}",
                recordInTrail: true);
        }
        if (command.Opinion == StepOpinion.Objected && string.IsNullOrWhiteSpace(command.Remarks))
        {
            return Decision.Refuse($"an objection to case {command.CaseId} at step {command.StepId} says why");
        }
        return Decision.Accept(new ReviewStepConcluded(
            command.CaseId, command.StepId, step.Department, command.Opinion, command.Remarks, actor, Checks.Instant(now)));
    }
}
