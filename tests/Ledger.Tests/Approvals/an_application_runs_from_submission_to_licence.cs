using Ledger.Approvals;
using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Approvals;

public sealed class an_application_runs_from_submission_to_licence
{
    [Fact]
    public void each_step_is_kept_with_who_did_it()
    {
        var s = UnderReview()
            .After(TimeSpan.FromHours(1), x => x.Run(new SetTimeLimits(CaseId, 20, T0.AddDays(28), 10, T0.AddDays(14)), Clerk))
            .Then(x => x.Run(new OpenReviewStep(CaseId, "water", Water), Clerk))
            .Then(x => x.Run(new OpenReviewStep(CaseId, "fire", Fire), Clerk))
            .After(TimeSpan.FromDays(2), x => x.Run(new ConcludeReviewStep(CaseId, "fire", StepOpinion.Agreed, null), FireOfficial))
            .After(TimeSpan.FromDays(1), x => x.Run(new ConcludeReviewStep(CaseId, "water", StepOpinion.Agreed, "水资源论证通过"), WaterOfficial))
            .Then(x => x.Run(new MakeDecision(CaseId, DecisionOutcome.Approve, null), Clerk))
            .Then(x => x.Run(new IssueLicence(CaseId, "D420000S2026-0001", "4201000001234"), Clerk));

        var approval = s.Case;
        Assert.Equal(CaseId, approval.CaseId);
        Assert.Equal(ApprovalStage.Decided, approval.Stage);
        Assert.Equal("11420000011082123X4420117211000", approval.MatterCode);
        Assert.Equal(Company, approval.Applicant);
        Assert.Equal(Agent, approval.SubmittedBy);
        Assert.Equal(Clerk, approval.AcceptedBy);
        Assert.Equal(T0, approval.AcceptedAt);
        Assert.Equal(TimeSpan.FromDays(28), approval.StatutoryLimit);
        Assert.Equal(TimeSpan.FromDays(14), approval.PromisedLimit);
        Assert.Equal(["fire", "water"], approval.Steps.Keys.Order());
        Assert.Empty(approval.OpenSteps);
        var fire = approval.Steps["fire"];
        Assert.Equal((Clerk, FireOfficial, StepOpinion.Agreed), (fire.OpenedBy, fire.ConcludedBy!, fire.Opinion!.Value));
        Assert.Equal("水资源论证通过", approval.Steps["water"].Remarks);
        Assert.Equal(DecisionOutcome.Approve, approval.Outcome);
        Assert.Equal(Clerk, approval.DecidedBy);
        Assert.Equal(T0.AddHours(1).AddDays(3), approval.DecidedAt);
        Assert.Equal(("D420000S2026-0001", "4201000001234"), (approval.Licence!.LicenceNumber, approval.Licence.SealId));
        Assert.Equal(TimeSpan.FromHours(73), approval.ElapsedAt(T0.AddDays(30)));
    }

    [Fact]
    public void an_application_not_accepted_ends_the_case()
    {
        var s = Submitted();

        Assert.Contains("needs reason", Refused(s.Run(new RefuseAcceptance(CaseId, " "), Clerk)).Reason);
        var refused = (ApplicationRefusedForAcceptance)Accepted(s.Run(new RefuseAcceptance(CaseId, "不属于本机关职权范围"), Clerk));

        Assert.Equal(ApprovalStage.NotAccepted, s.Case.Stage);
        Assert.Equal(refused.Reason, s.Case.RefusalReason);
        Assert.Contains("is NotAccepted; only a submitted application is accepted", Refused(s.Run(new AcceptApplication(CaseId), Clerk)).Reason);
        Assert.Equal(TimeSpan.Zero, s.Case.ElapsedAt(T0.AddDays(9)));
    }

    [Fact]
    public void an_application_is_submitted_and_accepted_once()
    {
        var s = UnderReview();

        Assert.Contains("already has an application", Refused(s.Run(Submission, Agent)).Reason);
        Assert.Contains("is Accepted; only a submitted application is accepted", Refused(s.Run(new AcceptApplication(CaseId), Clerk)).Reason);
        Assert.Contains("is NotSubmitted", Refused(new ApprovalScenario().Run(new AcceptApplication(CaseId), Clerk)).Reason);
        Assert.Contains("needs matter code", Refused(new ApprovalScenario().Run(Submission with { MatterCode = "" }, Agent)).Reason);
        Assert.Contains("without '/'", Refused(new ApprovalScenario().Run(Submission with { CaseId = "SP/1" }, Agent)).Reason);
    }
}
