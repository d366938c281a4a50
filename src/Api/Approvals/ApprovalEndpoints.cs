using Ledger.Api.Commands;
using Ledger.Api.Identity;
using Ledger.Approvals;
using Ledger.Approvals.Commands;
using Ledger.Store.Commands;

namespace Ledger.Api.Approvals;

/// <summary>行政审批: one endpoint per command, against the case's stream.</summary>
public static class ApprovalEndpoints
{
    public static void MapApprovals(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/approvals").RequireAuthorization(LedgerPolicies.Approvals);
        group.MapCommand<SubmitApplication>("submit-application", c => ApprovalStreams.CaseStream(c.CaseId), async (r, c, a) => ApprovalRules.Decide(await CaseAsync(r, c.CaseId), c, a, r.Now));
        group.MapCommand<AcceptApplication>("accept-application", c => ApprovalStreams.CaseStream(c.CaseId), async (r, c, a) => ApprovalRules.Decide(await CaseAsync(r, c.CaseId), c, a, r.Now));
        group.MapCommand<RefuseAcceptance>("refuse-acceptance", c => ApprovalStreams.CaseStream(c.CaseId), async (r, c, a) => ApprovalRules.Decide(await CaseAsync(r, c.CaseId), c, a, r.Now));
        group.MapCommand<SetTimeLimits>("set-time-limits", c => ApprovalStreams.CaseStream(c.CaseId), async (r, c, a) => ApprovalRules.Decide(await CaseAsync(r, c.CaseId), c, a, r.Now));
        group.MapCommand<OpenReviewStep>("open-review-step", c => ApprovalStreams.CaseStream(c.CaseId), async (r, c, a) => ApprovalRules.Decide(await CaseAsync(r, c.CaseId), c, a, r.Now));
        group.MapCommand<ConcludeReviewStep>("conclude-review-step", c => ApprovalStreams.CaseStream(c.CaseId), async (r, c, a) => ApprovalRules.Decide(await CaseAsync(r, c.CaseId), c, a, r.Now));
        group.MapCommand<SuspendApproval>("suspend", c => ApprovalStreams.CaseStream(c.CaseId), async (r, c, a) => ApprovalRules.Decide(await CaseAsync(r, c.CaseId), c, a, r.Now));
        group.MapCommand<ResumeApproval>("resume", c => ApprovalStreams.CaseStream(c.CaseId), async (r, c, a) => ApprovalRules.Decide(await CaseAsync(r, c.CaseId), c, a, r.Now));
        group.MapCommand<MakeDecision>("make-decision", c => ApprovalStreams.CaseStream(c.CaseId), async (r, c, a) => ApprovalRules.Decide(await CaseAsync(r, c.CaseId), c, a, r.Now));
        group.MapCommand<IssueLicence>("issue-licence", c => ApprovalStreams.CaseStream(c.CaseId), async (r, c, a) => ApprovalRules.Decide(await CaseAsync(r, c.CaseId), c, a, r.Now));
    }

    private static async Task<ApprovalCase> CaseAsync(CommandReads reads, string caseId) =>
        ApprovalCase.Replay((await reads.StreamAsync(ApprovalStreams.CaseStream(caseId))).Events);
}
