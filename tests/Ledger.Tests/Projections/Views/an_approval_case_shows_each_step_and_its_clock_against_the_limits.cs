using Ledger.Approvals;
using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;
using Ledger.Projections.Views;
using Ledger.Projections.Views.Approvals;
using Ledger.Tests.Support;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Projections.Views;

public sealed class an_approval_case_shows_each_step_and_its_clock_against_the_limits(PostgresFixture postgres)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task parallel_review_a_suspension_the_decision_and_the_licence()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), T0);
        await ledger.CaseAsync(CaseId, Submission, Agent, ApprovalRules.Decide);
        var accepted = await ledger.CaseAsync(CaseId, new AcceptApplication(CaseId), Clerk, ApprovalRules.Decide);
        await ledger.CaseAsync(CaseId, new SetTimeLimits(CaseId, 20, T0.AddDays(28), 10, T0.AddDays(14)), Clerk, ApprovalRules.Decide);
        await ledger.CaseAsync(CaseId, new OpenReviewStep(CaseId, "water", Water), Clerk, ApprovalRules.Decide);
        await ledger.CaseAsync(CaseId, new OpenReviewStep(CaseId, "fire", Fire), Clerk, ApprovalRules.Decide);
        ledger.Clock.Advance(2 * Day);
        var fire = await ledger.CaseAsync(CaseId, new ConcludeReviewStep(CaseId, "fire", StepOpinion.Agreed, null), FireOfficial, ApprovalRules.Decide);
        var suspended = await ledger.CaseAsync(CaseId, new SuspendApproval(CaseId, "补正材料"), Clerk, ApprovalRules.Decide);
        ledger.Clock.Advance(5 * Day);
        await ledger.CaseAsync(CaseId, new ResumeApproval(CaseId, "材料已补正"), Clerk, ApprovalRules.Decide);
        ledger.Clock.Advance(Day);
        await ledger.CaseAsync(CaseId, new ConcludeReviewStep(CaseId, "water", StepOpinion.Agreed, "水资源论证通过"), WaterOfficial, ApprovalRules.Decide);
        ledger.Clock.Advance(9 * Day);
        var decided = await ledger.CaseAsync(CaseId, new MakeDecision(CaseId, DecisionOutcome.Approve, null), Clerk, ApprovalRules.Decide);
        await ledger.CaseAsync(CaseId, new IssueLicence(CaseId, "D420000S2026-0001", "4201000001234"), Clerk, ApprovalRules.Decide);

        var view = await ledger.WhenCaughtUpAsync(
            s => s.LoadAsync<ApprovalCaseView>(ApprovalStreams.CaseStream(CaseId), TestContext.Current.CancellationToken),
            v => v.Licence is not null);

        Assert.Equal((CaseId, ApprovalStage.Decided, "取水许可"), (view.CaseId, view.Status, view.MatterName));
        Assert.Equal(new ApplicantRef(Company.Kind, Company.Id, Company.OrganisationName), view.Applicant);
        Assert.Equal(new Act(T0, ActorRef.Of(Clerk), accepted[0]), view.Accepted);
        Assert.Equal(["water", "fire"], view.Steps.Select(s => s.StepId));
        Assert.Equal((ActorRef.Of(FireOfficial), fire[0], 2 * Day), (view.Steps[1].Concluded!.By, view.Steps[1].Concluded!.Receipt, view.Steps[1].Duration));
        Assert.Equal(8 * Day, view.Steps[0].Duration);
        var suspension = Assert.Single(view.Suspensions);
        Assert.Equal((suspended[0], "材料已补正"), (suspension.Suspended.Receipt, suspension.ResumeReason));
        Assert.Equal((DecisionOutcome.Approve, decided[0]), (view.Decision!.Outcome, view.Decision.Decided.Receipt));

        // 17 days from acceptance to decision, 5 of them suspended: 12 days run, within the promised 14.
        var clock = ApprovalClock.At(view, T0.AddDays(60));
        Assert.Equal((12 * Day, 5 * Day, 28 * Day, 14 * Day, Timeliness.WithinPromise),
            (clock.Elapsed, clock.Suspended, clock.StatutoryLimit, clock.PromisedLimit, clock.Timeliness));
    }

    [Fact]
    public async Task a_running_case_is_measured_as_of_the_moment_read()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this, "running"), T0);
        await ledger.CaseAsync(CaseId, Submission, Agent, ApprovalRules.Decide);
        await ledger.CaseAsync(CaseId, new AcceptApplication(CaseId), Clerk, ApprovalRules.Decide);
        await ledger.CaseAsync(CaseId, new SetTimeLimits(CaseId, 20, T0.AddDays(28), 10, T0.AddDays(14)), Clerk, ApprovalRules.Decide);

        var view = await ledger.WhenCaughtUpAsync(
            s => s.LoadAsync<ApprovalCaseView>(ApprovalStreams.CaseStream(CaseId), TestContext.Current.CancellationToken),
            v => v.Limits is not null);

        Assert.Equal(Timeliness.WithinPromise, ApprovalClock.At(view, T0.AddDays(14)).Timeliness);
        Assert.Equal(Timeliness.BeyondPromise, ApprovalClock.At(view, T0.AddDays(15)).Timeliness);
        Assert.Equal(Timeliness.BeyondStatutoryLimit, ApprovalClock.At(view, T0.AddDays(29)).Timeliness);
    }
}
