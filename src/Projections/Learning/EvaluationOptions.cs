using Ledger.Projections.Detectors;

namespace Ledger.Projections.Learning;

/// <summary>How <see cref="MarketEvaluation"/> measures the rules and the learned score.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The thresholds the rules are measured at: their defaults unless a centre has set its own.</summary>
    public DetectorThresholds Thresholds { get; init; } = new();

    /// <summary>Cross-validation folds for the learned score; each class needs at least this many tenders.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Seeds the split into folds, so an evaluation reproduces; the trainer has its own in <see cref="Trees"/>.</summary>
    public ulong Seed { get; init; } = 1;

    public BoostedTreesOptions Trees { get; init; } = new();
}
