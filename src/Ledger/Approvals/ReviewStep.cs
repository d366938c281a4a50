using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Approvals;

/// <summary>One review step (审查环节) of a case and who opened and concluded it, kept for detectors that look at who did what.</summary>
public sealed record ReviewStep(
    string StepId,
    string Department,
    Actor OpenedBy,
    DateTimeOffset OpenedAt,
    Actor? ConcludedBy,
    DateTimeOffset? ConcludedAt,
    StepOpinion? Opinion,
    string? Remarks)
{
    public bool IsOpen => ConcludedAt is null;
}
