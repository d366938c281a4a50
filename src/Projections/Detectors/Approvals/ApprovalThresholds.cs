namespace Ledger.Projections.Detectors.Approvals;

/// <summary>When the approval rules raise a warning.</summary>
public sealed record ApprovalThresholds
{
    /// <summary>
    /// <c>approval.too-fast</c> fires for a step concluded sooner than this after it opened, unless its kind has its own
    /// entry in <see cref="MinimumDurations"/>. 5 minutes is a judgement default: less than it takes to open and read an
    /// application file; set per kind from the service guide's (办事指南) own estimates.
    /// </summary>
    public TimeSpan MinimumDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Plausible minimum durations by step kind (ordinal, case-sensitive); empty by default.</summary>
    public IReadOnlyDictionary<string, TimeSpan> MinimumDurations { get; init; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
}
