using Ledger.Projections.Detectors.Statistics;

namespace Ledger.Tests.Projections.Detectors;

public sealed class robust_z_scores_resist_the_outlier_they_measure
{
    [Fact]
    public void the_outlier_scores_far_while_a_plain_z_score_would_not()
    {
        // Median 12; absolute deviations 2, 1, 0, 1, 88 give MAD 1, so 100 scores 0.6745 · 88.
        double[] values = [10, 11, 12, 13, 100];

        var z = RobustZ.Scores(values);

        Assert.Equal(0.6745 * 88, z[4], 9);
        Assert.Equal(0.6745 * -2, z[0], 9);
        var plain = (100 - Descriptive.Mean(values)!.Value) / Descriptive.StandardDeviation(values)!.Value;
        Assert.True(plain < 2, $"the plain z-score {plain} is masked by the outlier itself");
    }

    [Fact]
    public void a_zero_mad_falls_back_to_the_mean_absolute_deviation()
    {
        // Median 100, MAD 0; mean absolute deviation (0 + 0 + 0 + 30) / 4 = 7.5; z = 30 / (√(π/2) · 7.5).
        var z = RobustZ.Scores([100, 100, 100, 130]);

        Assert.Equal(30 / (Math.Sqrt(Math.PI / 2) * 7.5), z[3], 9);
        Assert.Equal(0, z[0]);
    }

    [Fact]
    public void equal_values_score_zero_and_no_values_score_nothing()
    {
        Assert.Equal([0.0, 0.0, 0.0], RobustZ.Scores([5, 5, 5]));
        Assert.Empty(RobustZ.Scores([]));
    }
}
