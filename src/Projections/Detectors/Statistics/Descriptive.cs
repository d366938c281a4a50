namespace Ledger.Projections.Detectors.Statistics;

/// <summary>
/// Sample statistics with the small-sample conventions of the bid-screen literature: standard deviation with n − 1,
/// skewness and excess kurtosis with the bias-adjusted formulas Huber &amp; Imhof (2019, "Machine learning with screens
/// for detecting bid-rigging cartels", IJIO 65) use, which are also the spreadsheet <c>SKEW</c> and <c>KURT</c>.
/// Each answers null, never NaN, where the statistic is undefined: too few values, or no spread to divide by.
/// </summary>
public static class Descriptive
{
    public static double? Mean(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 0 ? null : values.Sum() / values.Count;
    }

    /// <summary>The middle value; the mean of the two middle values for an even count. Null when empty.</summary>
    public static double? Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToArray();
        var half = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }

    /// <summary>Median of the absolute deviations from the median (unscaled). Null when empty.</summary>
    public static double? MedianAbsoluteDeviation(IReadOnlyList<double> values)
    {
        var median = Median(values);
        return median is { } m ? Median([.. values.Select(v => Math.Abs(v - m))]) : null;
    }

    /// <summary>
    /// Sample standard deviation, <c>√(Σ(x − x̄)² / (n − 1))</c>; exactly 0 when all values are equal (so that rounding in
    /// the mean cannot fake a spread). Null below two values.
    /// </summary>
    public static double? StandardDeviation(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            return null;
        }
        if (AllEqual(values))
        {
            return 0;
        }
        var mean = values.Sum() / values.Count;
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1.0));
    }

    /// <summary>
    /// Sample skewness <c>n / ((n − 1)(n − 2)) · Σ((x − x̄)/s)³</c>. Null below three values or when s = 0.
    /// </summary>
    public static double? Skewness(IReadOnlyList<double> values)
    {
        if (values.Count < 3 || StandardDeviation(values) is not { } s || s == 0)
        {
            return null;
        }
        double n = values.Count;
        var mean = values.Sum() / n;
        return n / ((n - 1) * (n - 2)) * values.Sum(v => Math.Pow((v - mean) / s, 3));
    }

    /// <summary>
    /// Sample excess kurtosis <c>n(n + 1) / ((n − 1)(n − 2)(n − 3)) · Σ((x − x̄)/s)⁴ − 3(n − 1)² / ((n − 2)(n − 3))</c>:
    /// 0 for a normal distribution, positive when values bunch with a few far off. Null below four values or when s = 0.
    /// </summary>
    public static double? ExcessKurtosis(IReadOnlyList<double> values)
    {
        if (values.Count < 4 || StandardDeviation(values) is not { } s || s == 0)
        {
            return null;
        }
        double n = values.Count;
        var mean = values.Sum() / n;
        var fourth = values.Sum(v => Math.Pow((v - mean) / s, 4));
        return (n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * fourth) - (3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3)));
    }

    private static bool AllEqual(IReadOnlyList<double> values)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] != values[0])
            {
                return false;
            }
        }
        return true;
    }
}
