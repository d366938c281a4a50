namespace Ledger.Projections.Detectors.Approvals;

/// <summary>What the approval rules need about one case (行政审批).</summary>
/// <param name="AcceptedEventId">The acceptance (受理), from which the time limits run.</param>
/// <param name="StatutoryDeadline">法定时限 as a UTC deadline, already pushed back by any suspensions; null when none applies.</param>
/// <param name="PromisedDeadline">承诺时限 likewise.</param>
/// <param name="LimitsEventId">The event that set the time limits, named by over-limit warnings; null when unknown.</param>
/// <param name="Decision">Null while the case is undecided.</param>
/// <param name="ApplicantSide">Persons acting for the applicant: the applicant, its legal representative, its agent.</param>
public sealed record ApprovalTimeline(
    string CaseId,
    Guid AcceptedEventId,
    DateTimeOffset AcceptedAt,
    DateTimeOffset? StatutoryDeadline,
    DateTimeOffset? PromisedDeadline,
    Guid? LimitsEventId,
    IReadOnlyList<ApprovalStepRecord> Steps,
    ApprovalDecisionRecord? Decision,
    IReadOnlyList<string> ApplicantSide);
