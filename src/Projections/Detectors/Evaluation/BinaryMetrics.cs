namespace Ledger.Projections.Detectors.Evaluation;

/// <summary>
/// How flagged cases compare with known outcomes (for <c>ledger evaluate</c> against labelled historical tenders).
/// </summary>
/// <param name="Precision">TP / (TP + FP): of the flagged, the share truly collusive; null when nothing was flagged.</param>
/// <param name="Recall">TP / (TP + FN): of the collusive, the share flagged; null when nothing was collusive.</param>
public sealed record BinaryMetrics(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives, double? Precision, double? Recall)
{
    /// <summary>The counts and rates of <paramref name="predicted"/> against <paramref name="actual"/>, case by case.</summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static BinaryMetrics Of(IReadOnlyList<bool> predicted, IReadOnlyList<bool> actual)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(actual);
        if (predicted.Count != actual.Count)
        {
            throw new ArgumentException($"{predicted.Count} predictions for {actual.Count} outcomes", nameof(predicted));
        }
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < actual.Count; i++)
        {
            switch ((predicted[i], actual[i]))
            {
                case (true, true): tp++; break;
                case (true, false): fp++; break;
                case (false, false): tn++; break;
                default: fn++; break;
            }
        }
        return new BinaryMetrics(tp, fp, tn, fn, tp + fp == 0 ? null : tp / (double)(tp + fp), tp + fn == 0 ? null : tp / (double)(tp + fn));
    }
}
