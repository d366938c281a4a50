using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Approvals;

public sealed class one_official_may_review_and_decide
{
    [Fact]
    public void it_is_not_refused_and_the_state_shows_it_for_detectors()
    {
        var s = UnderReview()
            .Then(x => x.Run(new OpenReviewStep(CaseId, "water", Water), WaterOfficial))
            .Then(x => x.Run(new ConcludeReviewStep(CaseId, "water", StepOpinion.Agreed, null), WaterOfficial));

        Accepted(s.Run(new MakeDecision(CaseId, DecisionOutcome.Approve, null), WaterOfficial));

        var approval = s.Case;
        var step = approval.Steps["water"];
        Assert.Equal(WaterOfficial, step.OpenedBy);
        Assert.Equal(WaterOfficial, step.ConcludedBy);
        Assert.Equal(WaterOfficial, approval.DecidedBy);
        Assert.NotEqual(approval.AcceptedBy, approval.DecidedBy);
    }
}
