using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;

namespace Ledger.Cli.Simulate;

/// <summary>Records one approval case from application to licence, in the order of its simulated times.</summary>
internal static class ApprovalRun
{
    public static Task RunAsync(SimulatedLedger ledger, Market market, ApprovalPlan plan)
    {
        var (id, bureau) = (plan.CaseId, market.Bureau.Staff);
        var schedule = new Schedule();
        schedule.At(plan.SubmittedAt, at => ledger.CaseAsync(at, plan.Submitter, new SubmitApplication(id, plan.Matter.Code, plan.Matter.Name, plan.Applicant), id, ApprovalRules.Decide));
        schedule.At(plan.AcceptedAt, at => ledger.CaseAsync(at, bureau, new AcceptApplication(id), id, ApprovalRules.Decide));
        schedule.At(plan.LimitsAt, at => ledger.CaseAsync(at, bureau,
            new SetTimeLimits(id, plan.Matter.StatutoryDays, plan.StatutoryDeadline, plan.Matter.PromisedDays, plan.PromisedDeadline), id, ApprovalRules.Decide));
        foreach (var step in plan.Steps)
        {
            var department = market.Departments[step.Department].Id;
            schedule.At(step.OpenedAt, at => ledger.CaseAsync(at, bureau, new OpenReviewStep(id, step.StepId, department), id, ApprovalRules.Decide, step.StepId));
            schedule.At(step.ConcludedAt, at => ledger.CaseAsync(at, step.Reviewer, new ConcludeReviewStep(id, step.StepId, step.Opinion, step.Remarks), id, ApprovalRules.Decide, step.StepId));
        }
        schedule.At(plan.DecidedAt, at => ledger.CaseAsync(at, bureau, new MakeDecision(id, plan.Outcome, plan.DenialReason), id, ApprovalRules.Decide));
        if (plan.Outcome == DecisionOutcome.Approve)
        {
            schedule.At(plan.LicenceAt, at => ledger.CaseAsync(at, bureau, new IssueLicence(id, $"{plan.Matter.Code}-{id}", "SEAL-620100-SPJ-001"), id, ApprovalRules.Decide));
        }
        return schedule.RunAsync();
    }
}
