using Ledger.Approvals;

namespace Ledger.Projections.Views.Approvals;

/// <summary>
/// 审批案卷: an administrative approval case from submission to licence: each step and who did it, suspensions, the
/// limits, the decision. The applicant's personal data is not shown: the ledger keeps only commitments to it.
/// </summary>
public sealed class ApprovalCaseView
{
    /// <summary>The case's stream key, <c>approval/{caseId}</c>.</summary>
    public string Id { get; set; } = "";

    public string CaseId { get; set; } = "";

    /// <summary>事项编码.</summary>
    public string MatterCode { get; set; } = "";

    public string MatterName { get; set; } = "";

    public ApplicantRef? Applicant { get; set; }

    public ApprovalStage Status { get; set; }

    public Act? Submitted { get; set; }

    /// <summary>受理: the clock starts here.</summary>
    public Act? Accepted { get; set; }

    /// <summary>不予受理 and its reason; the case ends.</summary>
    public Act? RefusedAcceptance { get; set; }

    public string? RefusalReason { get; set; }

    public ApprovalLimits? Limits { get; set; }

    public List<ApprovalStep> Steps { get; set; } = [];

    public List<Suspension> Suspensions { get; set; } = [];

    public ApprovalDecision? Decision { get; set; }

    public IssuedLicence? Licence { get; set; }
}
