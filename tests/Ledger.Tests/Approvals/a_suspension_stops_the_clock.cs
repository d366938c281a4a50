using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Approvals;

public sealed class a_suspension_stops_the_clock
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public void elapsed_time_leaves_out_every_suspension()
    {
        var s = UnderReview()
            .After(2 * Day, x => x.Run(new SuspendApproval(CaseId, "补正材料"), Clerk))
            .After(3 * Day, x => x.Run(new ResumeApproval(CaseId, "材料已补正"), Clerk))
            .After(1 * Day, x => x.Run(new SuspendApproval(CaseId, "专家评审"), Clerk))
            .After(4 * Day, x => x.Run(new ResumeApproval(CaseId, "评审完成"), Clerk));

        var approval = s.Case;
        Assert.Equal(2, approval.Suspensions);
        Assert.Null(approval.SuspendedSince);
        Assert.Equal(7 * Day, approval.SuspendedBefore);
        Assert.Equal(3 * Day, approval.ElapsedAt(s.Now));
        Assert.Equal(5 * Day, approval.ElapsedAt(s.Now + 2 * Day));
    }

    [Fact]
    public void a_suspension_in_force_counts_until_the_moment_asked()
    {
        var s = UnderReview().After(2 * Day, x => x.Run(new SuspendApproval(CaseId, "听证"), Clerk));

        var approval = s.Case;
        Assert.Equal(T0 + 2 * Day, approval.SuspendedSince);
        Assert.Equal(2 * Day, approval.ElapsedAt(T0 + 10 * Day));
        Assert.Equal(8 * Day, approval.SuspendedAt(T0 + 10 * Day));
    }

    [Fact]
    public void the_clock_stops_at_the_decision_and_never_runs_before_acceptance()
    {
        var s = UnderReview().After(6 * Day, x => x.Run(new MakeDecision(CaseId, DecisionOutcome.Approve, null), Clerk));

        Assert.Equal(6 * Day, s.Case.ElapsedAt(T0 + 60 * Day));
        Assert.Equal(TimeSpan.Zero, Submitted().Case.ElapsedAt(T0 + 60 * Day));
    }

    [Fact]
    public void limits_compared_with_elapsed_time_are_met_thanks_to_the_suspension()
    {
        var s = UnderReview()
            .Then(x => x.Run(new SetTimeLimits(CaseId, 20, T0 + 28 * Day, 7, T0 + 9 * Day), Clerk))
            .After(5 * Day, x => x.Run(new SuspendApproval(CaseId, "现场勘验"), Clerk))
            .After(4 * Day, x => x.Run(new ResumeApproval(CaseId, "勘验完成"), Clerk));
        var asOf = T0 + 12 * Day;

        var approval = s.Case;
        Assert.Equal(8 * Day, approval.ElapsedAt(asOf));
        Assert.True(approval.ElapsedAt(asOf) < approval.PromisedLimit);
        Assert.True(approval.ElapsedAt(asOf + 2 * Day) > approval.PromisedLimit);
    }

    [Fact]
    public void a_case_is_suspended_once_at_a_time_and_not_decided_while_suspended()
    {
        var s = UnderReview().After(Day, x => x.Run(new SuspendApproval(CaseId, "补正材料"), Clerk));

        Assert.Equal($"case {CaseId} is already suspended since 2026-04-02T01:00:00.000000Z", Refused(s.Run(new SuspendApproval(CaseId, "again"), Clerk)).Reason);
        Assert.Contains("is suspended since 2026-04-02T01:00:00.000000Z; resume it first", Refused(s.Run(new MakeDecision(CaseId, DecisionOutcome.Approve, null), Clerk)).Reason);
        Accepted(s.Run(new OpenReviewStep(CaseId, "expert", Water), Clerk));
        Accepted(s.Run(new ResumeApproval(CaseId, "材料已补正"), Clerk));
        Assert.Equal($"case {CaseId} is not suspended", Refused(s.Run(new ResumeApproval(CaseId, "again"), Clerk)).Reason);
        Assert.Contains("needs reason", Refused(s.Run(new SuspendApproval(CaseId, ""), Clerk)).Reason);
    }

    [Fact]
    public void a_resumption_cannot_come_before_its_suspension()
    {
        var s = UnderReview().After(Day, x => x.Run(new SuspendApproval(CaseId, "补正材料"), Clerk));
        s.Now -= TimeSpan.FromHours(1);

        Assert.Contains("before its suspension at 2026-04-02T01:00:00.000000Z", Refused(s.Run(new ResumeApproval(CaseId, "clock skew"), Clerk)).Reason);
    }
}
