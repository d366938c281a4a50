using Ledger.Actions;

namespace Ledger.Approvals.Commands;

/// <summary>
/// The rules of the approval family: one pure <c>Decide</c> per command, in the command's file, taking the case's
/// state, the command, the actor and the server's time, and returning the events to append or a refusal naming the
/// rule and the values. Only officials act on a case, besides the applicant who submits it. Who did what is kept,
/// not policed: one official both reviewing and deciding is a signal for detectors, not a refusal.
/// </summary>
public static partial class ApprovalRules
{
    /// <summary>Most commands act on an accepted case not yet decided: the refusal naming why this one is not, or null.</summary>
    private static Decision? NotUnderReview(ApprovalCase approval, string caseId, string action) => approval.Stage switch
    {
        ApprovalStage.Accepted => null,
        ApprovalStage.NotSubmitted => Decision.Refuse($"no {action}: case {caseId} has no application"),
        ApprovalStage.Submitted => Decision.Refuse($"no {action}: the application of case {caseId} is not accepted (受理)"),
        ApprovalStage.NotAccepted => Decision.Refuse($"no {action}: the application of case {caseId} was refused for acceptance (不予受理)"),
        _ => Decision.Refuse($"no {action}: case {caseId} was decided at {Checks.When(approval.DecidedAt!.Value)}"),
    };
}
