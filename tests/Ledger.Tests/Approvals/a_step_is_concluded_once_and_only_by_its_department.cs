using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Approvals;

public sealed class a_step_is_concluded_once_and_only_by_its_department
{
    private static ApprovalScenario WaterOpen() => UnderReview().Then(x => x.Run(new OpenReviewStep(CaseId, "water", Water), Clerk));

    [Fact]
    public void a_step_that_was_never_opened_is_not_concluded()
    {
        Assert.Equal($"case {CaseId} has no review step fire", Refused(WaterOpen().Run(new ConcludeReviewStep(CaseId, "fire", StepOpinion.Agreed, null), FireOfficial)).Reason);
    }

    [Fact]
    public void a_concluded_step_is_not_concluded_again_nor_reopened()
    {
        var s = WaterOpen().Then(x => x.Run(new ConcludeReviewStep(CaseId, "water", StepOpinion.Agreed, null), WaterOfficial));

        Assert.Contains("was concluded at 2026-04-01T01:00:00.000000Z", Refused(s.Run(new ConcludeReviewStep(CaseId, "water", StepOpinion.Objected, "改主意"), WaterOfficial)).Reason);
        Assert.Contains("was already opened at", Refused(s.Run(new OpenReviewStep(CaseId, "water", Water), Clerk)).Reason);
        Assert.False(s.Case.Steps["water"].IsOpen);
    }

    [Fact]
    public void an_official_of_another_department_is_refused_and_recorded()
    {
        var s = WaterOpen();

        var (reason, trail) = Refused(s.Run(new ConcludeReviewStep(CaseId, "water", StepOpinion.Agreed, null), FireOfficial));

        Assert.Equal($"review step water is {Water}'s to conclude; u-fire-1 acts for {Fire}", reason);
        Assert.True(trail);
        Assert.True(s.Case.Steps["water"].IsOpen);
    }

    [Fact]
    public void an_objection_says_why()
    {
        var s = WaterOpen();

        Assert.Contains("says why", Refused(s.Run(new ConcludeReviewStep(CaseId, "water", StepOpinion.Objected, " "), WaterOfficial)).Reason);
        Accepted(s.Run(new ConcludeReviewStep(CaseId, "water", StepOpinion.Objected, "取水量超出区域总量控制"), WaterOfficial));
        Assert.Equal(StepOpinion.Objected, s.Case.Steps["water"].Opinion);
    }
}
