namespace Ledger.Projections.Views.Approvals;

/// <summary>时限中止: the clock stopped, why, and when and by whom it ran again.</summary>
public sealed record Suspension(string Reason, Act Suspended)
{
    public Act? Resumed { get; init; }

    public string? ResumeReason { get; init; }
}
