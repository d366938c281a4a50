namespace Ledger.Projections.Detectors.Approvals;

/// <summary>One review step (审查环节) of a case.</summary>
/// <param name="Kind">The kind of step, which sets how fast it can plausibly be done (<see cref="ApprovalThresholds.MinimumDurations"/>);
/// usually the department or the step's name in the service guide.</param>
/// <param name="Stage">Position in the prescribed sequence; parallel steps (并联审批) share a stage.</param>
/// <param name="ConcludedBy">The official who concluded it; null while open.</param>
public sealed record ApprovalStepRecord(
    string StepId,
    string Kind,
    int Stage,
    Guid OpenedEventId,
    DateTimeOffset OpenedAt,
    Guid? ConcludedEventId,
    DateTimeOffset? ConcludedAt,
    string? ConcludedBy);
