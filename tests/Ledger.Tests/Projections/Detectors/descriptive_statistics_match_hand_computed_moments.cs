using Ledger.Projections.Detectors.Statistics;

namespace Ledger.Tests.Projections.Detectors;

/// <summary>
/// The textbook sample 2, 4, 4, 4, 5, 5, 7, 9 (mean 5, population variance 4). By hand: deviations −3, −1, −1, −1, 0,
/// 0, 2, 4 give the central moments m₂ = 32/8 = 4, m₃ = 42/8 = 5.25, m₄ = 356/8 = 44.5. The adjusted moment forms
/// G₁ = √(n(n−1))/(n−2)·m₃/m₂^1.5 = √56/6 · 0.65625 and G₂ = (n−1)/((n−2)(n−3))·((n+1)(m₄/m₂² − 3) + 6)
/// = 7/30 · (9·(−0.21875) + 6) = 0.940625 are algebraically equal to, but computed differently from, the code's.
/// </summary>
public sealed class descriptive_statistics_match_hand_computed_moments
{
    private static readonly double[] Sample = [2, 4, 4, 4, 5, 5, 7, 9];

    [Fact]
    public void mean_median_and_standard_deviation_of_the_textbook_sample()
    {
        Assert.Equal(5, Descriptive.Mean(Sample));
        Assert.Equal(4.5, Descriptive.Median(Sample));
        Assert.Equal(Math.Sqrt(32.0 / 7), Descriptive.StandardDeviation(Sample)!.Value, 12);
        // |x − 4.5|: 2.5, 0.5, 0.5, 0.5, 0.5, 0.5, 2.5, 4.5, whose median is 0.5.
        Assert.Equal(0.5, Descriptive.MedianAbsoluteDeviation(Sample));
    }

    [Fact]
    public void skewness_and_kurtosis_equal_the_moment_forms()
    {
        Assert.Equal(Math.Sqrt(56) / 6 * 0.65625, Descriptive.Skewness(Sample)!.Value, 12);
        Assert.Equal(0.940625, Descriptive.ExcessKurtosis(Sample)!.Value, 12);
    }

    [Fact]
    public void a_mirrored_sample_has_the_opposite_skewness_and_the_same_kurtosis()
    {
        double[] mirrored = [.. Sample.Select(v => 10 - v)];

        Assert.Equal(-Descriptive.Skewness(Sample)!.Value, Descriptive.Skewness(mirrored)!.Value, 12);
        Assert.Equal(Descriptive.ExcessKurtosis(Sample)!.Value, Descriptive.ExcessKurtosis(mirrored)!.Value, 12);
    }

    [Fact]
    public void too_few_or_equal_values_give_null_not_nan()
    {
        Assert.Null(Descriptive.Mean([]));
        Assert.Null(Descriptive.Median([]));
        Assert.Null(Descriptive.StandardDeviation([3]));
        Assert.Null(Descriptive.Skewness([1, 2]));
        Assert.Null(Descriptive.ExcessKurtosis([1, 2, 3]));
        Assert.NotNull(Descriptive.Skewness([1, 2, 4]));
        Assert.NotNull(Descriptive.ExcessKurtosis([1, 2, 3, 5]));
        Assert.Equal(0, Descriptive.StandardDeviation([0.1, 0.1, 0.1]));
        Assert.Null(Descriptive.Skewness([0.1, 0.1, 0.1]));
        Assert.Null(Descriptive.ExcessKurtosis([0.1, 0.1, 0.1, 0.1]));
    }
}
