using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Approvals;

public sealed class no_decision_while_a_review_step_is_open
{
    private static readonly MakeDecision Approve = new(CaseId, DecisionOutcome.Approve, null);

    [Fact]
    public void parallel_steps_must_all_be_concluded()
    {
        var s = UnderReview()
            .Then(x => x.Run(new OpenReviewStep(CaseId, "water", Water), Clerk))
            .Then(x => x.Run(new OpenReviewStep(CaseId, "fire", Fire), Clerk));
        Assert.Equal(2, s.Case.OpenSteps.Count());

        Assert.Equal($"no decision: review steps fire ({Fire}), water ({Water}) of case {CaseId} are open", Refused(s.Run(Approve, Clerk)).Reason);
        s.Then(x => x.Run(new ConcludeReviewStep(CaseId, "water", StepOpinion.Agreed, null), WaterOfficial));
        Assert.Equal($"no decision: review steps fire ({Fire}) of case {CaseId} are open", Refused(s.Run(Approve, Clerk)).Reason);
        s.Then(x => x.Run(new ConcludeReviewStep(CaseId, "fire", StepOpinion.Objected, "消防通道不足"), FireOfficial));

        var decided = (DecisionMade)Accepted(s.Run(new MakeDecision(CaseId, DecisionOutcome.Deny, "消防审查未通过"), Clerk));
        Assert.Equal(DecisionOutcome.Deny, decided.Outcome);
        Assert.Equal("消防审查未通过", s.Case.DecisionReason);
    }

    [Fact]
    public void a_case_without_steps_may_be_decided_at_once()
    {
        Accepted(UnderReview().Run(Approve, Clerk));
    }

    [Fact]
    public void a_denial_states_its_reason()
    {
        var s = UnderReview();

        Assert.Contains("states its reason (不予许可理由)", Refused(s.Run(new MakeDecision(CaseId, DecisionOutcome.Deny, ""), Clerk)).Reason);
        Assert.Contains("states its reason", Refused(s.Run(new MakeDecision(CaseId, DecisionOutcome.Deny, null), Clerk)).Reason);
    }
}
