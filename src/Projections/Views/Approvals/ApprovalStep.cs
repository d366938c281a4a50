using Ledger.Approvals.Events;

namespace Ledger.Projections.Views.Approvals;

/// <summary>One review step (审查环节): the department, who opened and who concluded it, its opinion and how long it took.</summary>
public sealed record ApprovalStep(string StepId, string Department, Act Opened)
{
    public Act? Concluded { get; init; }

    public StepOpinion? Opinion { get; init; }

    public string? Remarks { get; init; }

    /// <summary>From opening to conclusion, in calendar time; null while the step is open.</summary>
    public TimeSpan? Duration => Concluded is null ? null : Concluded.At - Opened.At;
}
