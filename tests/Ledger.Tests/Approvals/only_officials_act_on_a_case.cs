using Ledger.Actions;
using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Approvals;

public sealed class only_officials_act_on_a_case
{
    private static readonly Dictionary<string, (Func<ApprovalScenario> Given, Func<ApprovalScenario, Actor, Decision> When)> Cases = new()
    {
        ["submit"] = (() => new ApprovalScenario(), (s, a) => s.Run(Submission, a)),
        ["accept"] = (Submitted, (s, a) => s.Run(new AcceptApplication(CaseId), a)),
        ["refuse acceptance"] = (Submitted, (s, a) => s.Run(new RefuseAcceptance(CaseId, "材料不全"), a)),
        ["set limits"] = (UnderReview, (s, a) => s.Run(new SetTimeLimits(CaseId, 20, T0.AddDays(28), 10, T0.AddDays(14)), a)),
        ["open a step"] = (UnderReview, (s, a) => s.Run(new OpenReviewStep(CaseId, "water", Water), a)),
        ["conclude a step"] = (
            () => UnderReview().Then(x => x.Run(new OpenReviewStep(CaseId, "water", Water), Clerk)),
            (s, a) => s.Run(new ConcludeReviewStep(CaseId, "water", StepOpinion.Agreed, null), a)),
        ["suspend"] = (UnderReview, (s, a) => s.Run(new SuspendApproval(CaseId, "补正材料"), a)),
        ["resume"] = (
            () => UnderReview().Then(x => x.Run(new SuspendApproval(CaseId, "补正材料"), Clerk)),
            (s, a) => s.Run(new ResumeApproval(CaseId, "已补正"), a)),
        ["decide"] = (UnderReview, (s, a) => s.Run(new MakeDecision(CaseId, DecisionOutcome.Approve, null), a)),
        ["issue"] = (
            () => UnderReview().Then(x => x.Run(new MakeDecision(CaseId, DecisionOutcome.Approve, null), Clerk)),
            (s, a) => s.Run(new IssueLicence(CaseId, "L-1", "S-1"), a)),
    };

    [Theory]
    [InlineData("submit", Role.Official)]
    [InlineData("accept", Role.Applicant)]
    [InlineData("refuse acceptance", Role.Supervisor)]
    [InlineData("set limits", Role.CentreOperator)]
    [InlineData("open a step", Role.Applicant)]
    [InlineData("conclude a step", Role.Supervisor)]
    [InlineData("suspend", Role.Applicant)]
    [InlineData("resume", Role.Auditor)]
    [InlineData("decide", Role.Supervisor)]
    [InlineData("issue", Role.CentreOperator)]
    public void another_role_is_refused_and_recorded_and_the_right_one_accepted(string action, Role wrong)
    {
        var (given, when) = Cases[action];
        var s = given();
        var right = action == "submit" ? Agent : action == "conclude a step" ? WaterOfficial : Clerk;
        var before = s.Events.Count;

        var (reason, trail) = Refused(when(s, right with { Role = wrong }));

        Assert.True(trail);
        Assert.Contains($"{right.PersonId} of {right.Organisation} acted as {wrong}", reason);
        Assert.Equal(before, s.Events.Count);
        Accepted(when(s, right));
    }
}
