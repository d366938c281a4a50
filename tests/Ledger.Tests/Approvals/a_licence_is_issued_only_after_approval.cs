using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Approvals;

public sealed class a_licence_is_issued_only_after_approval
{
    private static readonly IssueLicence Issue = new(CaseId, "D420000S2026-0001", "4201000001234");

    [Fact]
    public void not_before_a_decision()
    {
        Assert.Equal($"no licence: case {CaseId} is Accepted, not approved", Refused(UnderReview().Run(Issue, Clerk)).Reason);
    }

    [Fact]
    public void not_after_a_denial()
    {
        var s = UnderReview().Then(x => x.Run(new MakeDecision(CaseId, DecisionOutcome.Deny, "不符合条件"), Clerk));

        Assert.Contains("was denied at", Refused(s.Run(Issue, Clerk)).Reason);
        Assert.Null(s.Case.Licence);
    }

    [Fact]
    public void once_after_an_approval_under_an_electronic_seal()
    {
        var s = UnderReview().Then(x => x.Run(new MakeDecision(CaseId, DecisionOutcome.Approve, null), Clerk));

        Assert.Contains("needs seal id", Refused(s.Run(Issue with { SealId = "" }, Clerk)).Reason);
        var issued = (LicenceIssued)Accepted(s.Run(Issue, Clerk));
        Assert.Equal(issued, s.Case.Licence);
        Assert.Contains("already has licence D420000S2026-0001", Refused(s.Run(Issue with { LicenceNumber = "D2" }, Clerk)).Reason);
    }
}
