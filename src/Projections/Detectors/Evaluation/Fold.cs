namespace Ledger.Projections.Detectors.Evaluation;

/// <summary>One cross-validation fold: indexes into the labelled cases, each ascending.</summary>
public sealed record Fold(int Index, IReadOnlyList<int> Train, IReadOnlyList<int> Test);
