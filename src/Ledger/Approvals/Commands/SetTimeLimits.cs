using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Approvals.Commands;

/// <summary>
/// Set the statutory (法定时限) and promised (承诺时限) limits of an accepted case, once, as working-day counts and the
/// UTC deadlines the bureau's calendar makes of them. The promise may only be tighter than the law.
/// </summary>
public sealed record SetTimeLimits(
    string CaseId, int StatutoryWorkingDays, DateTimeOffset StatutoryDeadline, int PromisedWorkingDays, DateTimeOffset PromisedDeadline);

public static partial class ApprovalRules
{
    public static Decision Decide(ApprovalCase approval, SetTimeLimits command, Actor actor, DateTimeOffset now)
    {
        Checks.SameStream(approval.CaseId, command.CaseId, "case");
        if (Checks.WrongRole(actor, "setting time limits", Role.Official) is { } wrongRole)
        {
            return wrongRole;
        }
        if (NotUnderReview(approval, command.CaseId, "time limits") is { } notUnderReview)
        {
            return notUnderReview;
        }
        if (approval.TimeLimits is { } set)
        {
            return Decision.Refuse($"the time limits of case {command.CaseId} were set at {Checks.When(set.At)}");
        }
        if (command.StatutoryWorkingDays < 1 || command.PromisedWorkingDays < 1)
        {
            return Decision.Refuse(
                $"time limits are at least one working day; given statutory {command.StatutoryWorkingDays}, promised {command.PromisedWorkingDays}");
        }
        var statutory = Checks.Instant(command.StatutoryDeadline);
        var promised = Checks.Instant(command.PromisedDeadline);
        if (command.PromisedWorkingDays > command.StatutoryWorkingDays || promised > statutory)
        {
            return Decision.Refuse(
                $"the promised limit ({command.PromisedWorkingDays} working days, {Checks.When(promised)}) is beyond the statutory one ({command.StatutoryWorkingDays} working days, {Checks.When(statutory)})");
        }
        if (approval.AcceptedAt is { } accepted && promised <= accepted)
        {
            return Decision.Refuse($"the promised deadline {Checks.When(promised)} is not after acceptance at {Checks.When(accepted)}");
        }
        return Decision.Accept(new TimeLimitsSet(
            command.CaseId, command.StatutoryWorkingDays, statutory, command.PromisedWorkingDays, promised, actor, Checks.Instant(now)));
    }
}
