using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Approvals.Commands;

/// <summary>
/// The approval decision on an accepted case, once every review step is concluded and the clock runs. The same
/// official may have reviewed and may decide: that is for detectors to weigh, not for the command to refuse.
/// </summary>
public sealed record MakeDecision(string CaseId, DecisionOutcome Outcome, string? Reason);

public static partial class ApprovalRules
{
    public static Decision Decide(ApprovalCase approval, MakeDecision command, Actor actor, DateTimeOffset now)
    {
        Checks.SameStream(approval.CaseId, command.CaseId, "case");
        if (Checks.WrongRole(actor, "deciding a case", Role.Official) is { } wrongRole)
        {
            return wrongRole;
        }
        if (NotUnderReview(approval, command.CaseId, "decision") is { } notUnderReview)
        {
            return notUnderReview;
        }
        if (approval.SuspendedSince is { } since)
        {
            return Decision.Refuse($"no decision: case {command.CaseId} is suspended since {Checks.When(since)}; resume it first");
        }
        var open = approval.OpenSteps.Select(s => $"{s.StepId} ({s.Department})").Order(StringComparer.Ordinal).ToList();
        if (open.Count > 0)
        {
            return Decision.Refuse($"no decision: review steps {string.Join(", ", open)} of case {command.CaseId} are open");
        }
        if (command.Outcome == DecisionOutcome.Deny && string.IsNullOrWhiteSpace(command.Reason))
        {
            return Decision.Refuse($"a denial of case {command.CaseId} states its reason (不予许可理由)");
        }
        return Decision.Accept(new DecisionMade(command.CaseId, command.Outcome, command.Reason, actor, Checks.Instant(now)));
    }
}
