using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Approvals;

public sealed class time_limits_are_set_once_with_the_promise_within_the_law
{
    [Fact]
    public void both_limits_are_kept_as_counts_and_utc_deadlines()
    {
        var s = UnderReview();
        var beijing = TimeSpan.FromHours(8);

        var set = (TimeLimitsSet)Accepted(s.Run(
            new SetTimeLimits(CaseId, 20, new DateTimeOffset(2026, 4, 29, 17, 30, 0, beijing), 10, new DateTimeOffset(2026, 4, 15, 17, 30, 0, beijing).AddTicks(7)), Clerk));

        Assert.Equal((20, 10), (set.StatutoryWorkingDays, set.PromisedWorkingDays));
        Assert.Equal(new DateTimeOffset(2026, 4, 29, 9, 30, 0, TimeSpan.Zero), set.StatutoryDeadline);
        Assert.Equal(TimeSpan.Zero, set.PromisedDeadline.Offset);
        Assert.Equal(new DateTimeOffset(2026, 4, 15, 9, 30, 0, TimeSpan.Zero), set.PromisedDeadline);
        Assert.Equal(set.StatutoryDeadline - T0, s.Case.StatutoryLimit);
        Assert.Contains("were set at 2026-04-01T01:00:00.000000Z", Refused(s.Run(new SetTimeLimits(CaseId, 30, T0.AddDays(40), 10, T0.AddDays(14)), Clerk)).Reason);
    }

    [Fact]
    public void a_promise_beyond_the_law_is_refused()
    {
        var s = UnderReview();

        Assert.Contains("the promised limit (25 working days", Refused(s.Run(new SetTimeLimits(CaseId, 20, T0.AddDays(28), 25, T0.AddDays(20)), Clerk)).Reason);
        Assert.Contains("is beyond the statutory one", Refused(s.Run(new SetTimeLimits(CaseId, 20, T0.AddDays(28), 10, T0.AddDays(29)), Clerk)).Reason);
        Assert.Contains("at least one working day", Refused(s.Run(new SetTimeLimits(CaseId, 0, T0.AddDays(28), 0, T0.AddDays(14)), Clerk)).Reason);
        Assert.Contains("is not after acceptance", Refused(s.Run(new SetTimeLimits(CaseId, 20, T0.AddDays(28), 10, T0), Clerk)).Reason);
        Assert.Null(s.Case.TimeLimits);
        Assert.Null(s.Case.StatutoryLimit);
    }
}
