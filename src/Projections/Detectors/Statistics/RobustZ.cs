namespace Ledger.Projections.Detectors.Statistics;

/// <summary>
/// Robust z-scores: how far each value lies from the median, in units of spread that one outlier cannot inflate.
/// A plain z-score fails on the small samples of a tender or a panel, because the outlier itself widens the standard
/// deviation; the median and the median absolute deviation (MAD) do not move with it.
/// </summary>
public static class RobustZ
{
    /// <summary>Iglewicz &amp; Hoaglin (1993): 0.6745 = Φ⁻¹(0.75), so the score matches a z-score on normal data.</summary>
    private const double MadFactor = 0.6745;

    /// <summary>√(π/2): the mean absolute deviation of a normal distribution is σ·√(2/π).</summary>
    private const double MeanAbsoluteDeviationFactor = 1.2533141373155;

    /// <summary>
    /// Modified z-score <c>0.6745 (x − median) / MAD</c> of each value, in input order (Iglewicz &amp; Hoaglin 1993, "How to
    /// Detect and Handle Outliers", who suggest |z| &gt; 3.5 as an outlier). When more than half the values are equal the
    /// MAD is 0; then the mean absolute deviation stands in, <c>(x − median) / (1.2533 · meanAD)</c>. When all values are
    /// equal every score is 0.
    /// </summary>
    public static double[] Scores(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (Descriptive.Median(values) is not { } median)
        {
            return [];
        }
        var mad = Descriptive.MedianAbsoluteDeviation(values)!.Value;
        if (mad > 0)
        {
            return [.. values.Select(v => MadFactor * (v - median) / mad)];
        }
        var meanAbsolute = values.Average(v => Math.Abs(v - median));
        return meanAbsolute > 0
            ? [.. values.Select(v => (v - median) / (MeanAbsoluteDeviationFactor * meanAbsolute))]
            : new double[values.Count];
    }
}
