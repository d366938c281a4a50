using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;
using Ledger.Projections.Detectors.Approvals;
using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Projections.Warnings;

public sealed class an_approval_decided_past_its_statutory_limit_is_flagged(PostgresFixture postgres)
{
    [Fact]
    public async Task with_a_suspension_pushing_the_deadline_back()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), T0);
        await ledger.CaseAsync(CaseId, Submission, Agent, ApprovalRules.Decide);
        var accepted = await ledger.CaseAsync(CaseId, new AcceptApplication(CaseId), Clerk, ApprovalRules.Decide);
        var limits = await ledger.CaseAsync(CaseId, new SetTimeLimits(CaseId, 20, T0.AddDays(28), 10, T0.AddDays(14)), Clerk, ApprovalRules.Decide);
        await ledger.CaseAsync(CaseId, new OpenReviewStep(CaseId, "water", Water), Clerk, ApprovalRules.Decide);
        ledger.Clock.Advance(TimeSpan.FromDays(1));
        await ledger.CaseAsync(CaseId, new SuspendApproval(CaseId, "补正材料"), Clerk, ApprovalRules.Decide);
        ledger.Clock.Advance(TimeSpan.FromDays(5));
        await ledger.CaseAsync(CaseId, new ResumeApproval(CaseId, "材料已补正"), Clerk, ApprovalRules.Decide);
        ledger.Clock.Advance(TimeSpan.FromDays(35));
        await ledger.CaseAsync(CaseId, new ConcludeReviewStep(CaseId, "water", StepOpinion.Agreed, null), WaterOfficial, ApprovalRules.Decide);
        var decided = await ledger.CaseAsync(CaseId, new MakeDecision(CaseId, DecisionOutcome.Approve, null), Clerk, ApprovalRules.Decide);

        var warnings = await Warnings.WhenAsync(ledger, q => q.Where(w => w.CaseId == CaseId), w => w.Any(x => x.Rule == ApprovalDetector.OverStatutoryLimit.Id));

        // Decided 41 days after acceptance; the 5 suspended days push the 28-day statutory deadline back to day 33.
        var warning = Assert.Single(warnings);
        Assert.Equal((ApprovalDetector.OverStatutoryLimit.Id, CaseId, "approval"), (warning.Rule, warning.Subject, warning.Family));
        Assert.Equal(new[] { accepted[0], limits[0], decided[0] }.Order(), warning.Events);
        Assert.Contains("was decided 8 days past its statutory deadline of 2026-05-04 01:00:00Z", warning.Explanation);
        Assert.Equal(T0.AddDays(41), warning.FirstRaisedAt);
    }
}
