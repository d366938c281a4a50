using Ledger.Actions;
using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Approvals;

public sealed class nothing_is_reviewed_or_decided_before_acceptance
{
    private static readonly Dictionary<string, Func<ApprovalScenario, Decision>> Actions = new()
    {
        ["open a step"] = s => s.Run(new OpenReviewStep(CaseId, "water", Water), Clerk),
        ["decide"] = s => s.Run(new MakeDecision(CaseId, DecisionOutcome.Approve, null), Clerk),
        ["set limits"] = s => s.Run(new SetTimeLimits(CaseId, 20, T0.AddDays(28), 10, T0.AddDays(14)), Clerk),
        ["suspend"] = s => s.Run(new SuspendApproval(CaseId, "补正材料"), Clerk),
    };

    [Theory]
    [InlineData("open a step")]
    [InlineData("decide")]
    [InlineData("set limits")]
    [InlineData("suspend")]
    public void is_refused_on_a_submitted_case_and_accepted_once_it_is_accepted(string action)
    {
        var s = Submitted();

        var (reason, trail) = Refused(Actions[action](s));
        Assert.Contains($"the application of case {CaseId} is not accepted (受理)", reason);
        Assert.False(trail);

        s.Then(x => x.Run(new AcceptApplication(CaseId), Clerk));
        Accepted(Actions[action](s));
    }

    [Theory]
    [InlineData("open a step")]
    [InlineData("decide")]
    public void is_refused_on_a_case_refused_for_acceptance_or_never_submitted(string action)
    {
        var refused = Submitted().Then(x => x.Run(new RefuseAcceptance(CaseId, "材料不全"), Clerk));

        Assert.Contains("was refused for acceptance (不予受理)", Refused(Actions[action](refused)).Reason);
        Assert.Contains("has no application", Refused(Actions[action](new ApprovalScenario())).Reason);
    }

    [Fact]
    public void nothing_more_is_reviewed_after_the_decision()
    {
        var s = UnderReview().Then(x => x.Run(new MakeDecision(CaseId, DecisionOutcome.Approve, null), Clerk));

        Assert.Contains("was decided at 2026-04-01T01:00:00.000000Z", Refused(Actions["open a step"](s)).Reason);
        Assert.Contains("was decided at", Refused(Actions["decide"](s)).Reason);
    }
}
