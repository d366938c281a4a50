using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Cli.Simulate;

/// <summary>An administrative approval case from application to licence (行政审批), with its time limits and review steps.</summary>
internal sealed class ApprovalPlan
{
    public required string CaseId { get; init; }

    public required Matter Matter { get; init; }

    public required ApplicantParty Applicant { get; init; }

    /// <summary>The person who submits for the applicant (经办人).</summary>
    public required Actor Submitter { get; set; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public required DateTimeOffset AcceptedAt { get; init; }

    public required DateTimeOffset LimitsAt { get; init; }

    public required DateTimeOffset StatutoryDeadline { get; init; }

    public required DateTimeOffset PromisedDeadline { get; init; }

    public List<PlannedStep> Steps { get; } = [];

    public DateTimeOffset DecidedAt { get; set; }

    public DecisionOutcome Outcome { get; set; }

    public string? DenialReason { get; set; }

    public DateTimeOffset LicenceAt { get; set; }
}
