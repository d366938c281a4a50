using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Approvals.Commands;

/// <summary>An applicant, or an agent for one (代办), submits an application for a matter.</summary>
/// <param name="MatterCode">事项编码.</param>
public sealed record SubmitApplication(string CaseId, string MatterCode, string MatterName, ApplicantParty Applicant);

public static partial class ApprovalRules
{
    public static Decision Decide(ApprovalCase approval, SubmitApplication command, Actor actor, DateTimeOffset now)
    {
        const string action = "submitting an application";
        Checks.SameStream(approval.CaseId, command.CaseId, "case");
        if (Checks.WrongRole(actor, action, Role.Applicant) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("matter code", command.MatterCode), ("matter name", command.MatterName)) is { } missing)
        {
            return missing;
        }
        if (Checks.StreamId(command.CaseId, "case id") is { } badId)
        {
            return badId;
        }
        if (command.Applicant.Problem() is { } problem)
        {
            return Decision.Refuse(problem);
        }
        if (approval.Stage != ApprovalStage.NotSubmitted)
        {
            return Decision.Refuse($"case {command.CaseId} already has an application");
        }
        return Decision.Accept(new ApplicationSubmitted(
            command.CaseId, command.MatterCode, command.MatterName, command.Applicant, actor, Checks.Instant(now)));
    }
}
