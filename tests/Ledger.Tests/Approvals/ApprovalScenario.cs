using Ledger.Actions;
using Ledger.Approvals;
using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;

namespace Ledger.Tests.Approvals;

/// <summary>
/// One approval case driven through the rules as the store would: each command is decided against the state folded
/// from the events so far, and accepted events are kept. The clock stands still unless a test moves it.
/// </summary>
internal sealed class ApprovalScenario
{
    public const string CaseId = "SP-2026-0001";
    public const string Water = "HB-SLT";
    public const string Fire = "HB-XFJ";

    public static readonly DateTimeOffset T0 = new(2026, 4, 1, 1, 0, 0, TimeSpan.Zero);

    public static readonly Actor Agent = new("u-applicant-1", "吴十", "91420100MA4KAGENT1", Role.Applicant);
    public static readonly Actor Clerk = new("u-clerk-1", "刘一", "HB-ZWFW", Role.Official);
    public static readonly Actor WaterOfficial = new("u-water-1", "陈二", Water, Role.Official);
    public static readonly Actor FireOfficial = new("u-fire-1", "张三", Fire, Role.Official);
    public static readonly Actor Supervisor = new("u-supervisor-1", "周九", "HB-JCJ", Role.Supervisor);

    public static readonly ApplicantParty Company = new(ApplicantKind.Organisation, "91420100MA4KCOMPANY", "武汉清水科技有限公司", "王小明", null, "13900001111");

    public static readonly SubmitApplication Submission = new(CaseId, "11420000011082123X4420117211000", "取水许可", Company);

    public List<object> Events { get; } = [];

    public DateTimeOffset Now { get; set; } = T0;

    public ApprovalCase Case => ApprovalCase.Replay(Events);

    public static ApprovalScenario Submitted() => new ApprovalScenario().Then(s => s.Run(Submission, Agent));

    /// <summary>A case submitted and accepted by <see cref="Clerk"/> at <see cref="T0"/>.</summary>
    public static ApprovalScenario UnderReview() => Submitted().Then(s => s.Run(new AcceptApplication(CaseId), Clerk));

    public Decision Run(SubmitApplication command, Actor actor) => Keep(ApprovalRules.Decide(Case, command, actor, Now));

    public Decision Run(AcceptApplication command, Actor actor) => Keep(ApprovalRules.Decide(Case, command, actor, Now));

    public Decision Run(RefuseAcceptance command, Actor actor) => Keep(ApprovalRules.Decide(Case, command, actor, Now));

    public Decision Run(SetTimeLimits command, Actor actor) => Keep(ApprovalRules.Decide(Case, command, actor, Now));

    public Decision Run(OpenReviewStep command, Actor actor) => Keep(ApprovalRules.Decide(Case, command, actor, Now));

    public Decision Run(ConcludeReviewStep command, Actor actor) => Keep(ApprovalRules.Decide(Case, command, actor, Now));

    public Decision Run(SuspendApproval command, Actor actor) => Keep(ApprovalRules.Decide(Case, command, actor, Now));

    public Decision Run(ResumeApproval command, Actor actor) => Keep(ApprovalRules.Decide(Case, command, actor, Now));

    public Decision Run(MakeDecision command, Actor actor) => Keep(ApprovalRules.Decide(Case, command, actor, Now));

    public Decision Run(IssueLicence command, Actor actor) => Keep(ApprovalRules.Decide(Case, command, actor, Now));

    /// <summary>Runs a step of the set-up, which must be accepted.</summary>
    public ApprovalScenario Then(Func<ApprovalScenario, Decision> step)
    {
        Accepted(step(this));
        return this;
    }

    /// <summary>Moves the clock on, then runs a step that must be accepted.</summary>
    public ApprovalScenario After(TimeSpan wait, Func<ApprovalScenario, Decision> step)
    {
        Now += wait;
        return Then(step);
    }

    /// <summary>The one event of a decision the test expects to be accepted; fails with the refusal if it is not.</summary>
    public static object Accepted(Decision decision)
    {
        Assert.True(decision.IsAccepted, decision.Refusal);
        return Assert.Single(decision.Events);
    }

    /// <summary>The refusal of a decision the test expects to be refused, and whether it goes to the actor's trail.</summary>
    public static (string Reason, bool RecordInTrail) Refused(Decision decision)
    {
        Assert.False(decision.IsAccepted, "the command was accepted");
        Assert.Empty(decision.Events);
        return (decision.Refusal!, decision.RecordInTrail);
    }

    private Decision Keep(Decision decision)
    {
        Events.AddRange(decision.Events);
        return decision;
    }
}
