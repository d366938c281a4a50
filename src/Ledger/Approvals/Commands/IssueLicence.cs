using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Approvals.Commands;

/// <summary>Issue the licence of an approved case under an electronic seal (电子印章).</summary>
public sealed record IssueLicence(string CaseId, string LicenceNumber, string SealId);

public static partial class ApprovalRules
{
    public static Decision Decide(ApprovalCase approval, IssueLicence command, Actor actor, DateTimeOffset now)
    {
        const string action = "issuing a licence";
        Checks.SameStream(approval.CaseId, command.CaseId, "case");
        if (Checks.WrongRole(actor, action, Role.Official) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("licence number", command.LicenceNumber), ("seal id", command.SealId)) is { } missing)
        {
            return missing;
        }
        if (approval.Outcome != DecisionOutcome.Approve)
        {
            return Decision.Refuse(approval.Outcome is null
                ? $"no licence: case {command.CaseId} is {approval.Stage}, not approved"
                : $"no licence: case {command.CaseId} was denied at {Checks.When(approval.DecidedAt!.Value)}");
        }
        if (approval.Licence is { } licence)
        {
            return Decision.Refuse($"case {command.CaseId} already has licence {licence.LicenceNumber}, issued at {Checks.When(licence.At)}");
        }
        return Decision.Accept(new LicenceIssued(command.CaseId, command.LicenceNumber, command.SealId, actor, Checks.Instant(now)));
    }
}
