namespace Ledger.Projections.Detectors.Evaluation;

/// <summary>
/// Area under the ROC curve: the probability that a randomly chosen positive case scores higher than a randomly
/// chosen negative one, a tie counting one half. Computed as the Mann–Whitney U statistic from mid-ranks
/// (Hanley &amp; McNeil 1982), O(n log n), exact with ties.
/// </summary>
public static class RocAuc
{
    /// <summary>
    /// <c>(R₊ − n₊(n₊ + 1)/2) / (n₊ n₋)</c>, R₊ the sum of the positives' mid-ranks among all scores. Null when either
    /// class is empty, where the area is undefined.
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length, or a score is NaN.</exception>
    public static double? Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Count != labels.Count)
        {
            throw new ArgumentException($"{scores.Count} scores for {labels.Count} labels", nameof(scores));
        }
        if (scores.Any(double.IsNaN))
        {
            throw new ArgumentException("a score is NaN", nameof(scores));
        }
        long positives = labels.Count(l => l);
        long negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var positiveRanks = 0.0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }
            var midRank = (start + end + 2) / 2.0;
            for (var k = start; k <= end; k++)
            {
                if (labels[order[k]])
                {
                    positiveRanks += midRank;
                }
            }
            start = end + 1;
        }
        return (positiveRanks - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}
