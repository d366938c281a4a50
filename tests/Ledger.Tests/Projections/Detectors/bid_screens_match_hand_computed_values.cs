using Ledger.Projections.Detectors.Bids;
using static Ledger.Tests.Projections.Detectors.DetectorData;

namespace Ledger.Tests.Projections.Detectors;

/// <summary>
/// Bids 100, 110, 112, 114, 116 under a ceiling of 125, by hand: mean 552/5 = 110.4; squared deviations 108.16, 0.16,
/// 2.56, 12.96, 31.36 sum to 155.2, so s = √(155.2/4) = √38.8. Losing bids 110…116 have mean 113 and s = √(20/3), so
/// RD = 10/√(20/3). DIFFP = 10/100, SPD = 16/100, RDNOR = 10/(16/4) = 2.5, RDALT = 10/(6/3) = 5, b₁/ceiling = 0.8.
/// </summary>
public sealed class bid_screens_match_hand_computed_values
{
    [Fact]
    public void the_screens_of_five_bids()
    {
        var screens = BidScreens.Of(Tender("T-1", 125m, 112m, 100m, 116m, 110m, 114m));

        Assert.Equal(5, screens.Count);
        Assert.Equal(110.4, screens.Mean!.Value, 9);
        Assert.Equal(Math.Sqrt(38.8), screens.StandardDeviation!.Value, 9);
        Assert.Equal(Math.Sqrt(38.8) / 110.4, screens.CoefficientOfVariation!.Value, 9);
        Assert.Equal(10 / Math.Sqrt(20.0 / 3), screens.RelativeDistance!.Value, 9);
        Assert.Equal(0.1, screens.PercentageDifference!.Value, 12);
        Assert.Equal(0.16, screens.Spread!.Value, 12);
        Assert.Equal(2.5, screens.NormalizedDistance!.Value, 12);
        Assert.Equal(5, screens.AlternativeDistance!.Value, 12);
        Assert.Equal(0.8, screens.LowestToCeiling!.Value, 12);
    }

    [Fact]
    public void skewness_and_kurtosis_match_a_slow_reference()
    {
        decimal[] amounts = [100m, 110m, 112m, 114m, 116m];
        var screens = BidScreens.Of(amounts, null);

        var (skewness, kurtosis) = ReferenceMoments([.. amounts.Select(a => (double)a)]);
        Assert.Equal(skewness, screens.Skewness!.Value, 9);
        Assert.Equal(kurtosis, screens.Kurtosis!.Value, 9);
        Assert.True(screens.Skewness < 0, "one low bid under a bunch skews left");
    }

    [Fact]
    public void one_bid_has_only_a_mean_and_a_ceiling_ratio()
    {
        var screens = BidScreens.Of([80m], 100m);

        Assert.Equal(new BidScreens(1, 80, null, null, null, null, null, null, null, null, null, 0.8), screens);
    }

    [Fact]
    public void two_bids_have_spread_but_no_relative_distance_or_shape()
    {
        var screens = BidScreens.Of([100m, 120m], null);

        Assert.Equal(0.2, screens.PercentageDifference!.Value, 12);
        Assert.Equal(Math.Sqrt(200) / 110, screens.CoefficientOfVariation!.Value, 12);
        Assert.Null(screens.RelativeDistance);
        Assert.Null(screens.Skewness);
        Assert.Null(screens.Kurtosis);
    }

    [Fact]
    public void three_bids_have_relative_distance_and_skewness_but_no_kurtosis()
    {
        // Losing bids 110 and 130: s = √200; RD = 10/√200.
        var screens = BidScreens.Of([100m, 110m, 130m], null);

        Assert.Equal(10 / Math.Sqrt(200), screens.RelativeDistance!.Value, 12);
        Assert.NotNull(screens.Skewness);
        Assert.Null(screens.Kurtosis);
    }

    [Fact]
    public void equal_bids_have_zero_spread_and_null_ratios_of_spread()
    {
        var screens = BidScreens.Of([500m, 500m, 500m, 500m], null);

        Assert.Equal(0, screens.StandardDeviation);
        Assert.Equal(0, screens.CoefficientOfVariation);
        Assert.Equal(0, screens.PercentageDifference);
        Assert.Null(screens.RelativeDistance);
        Assert.Null(screens.NormalizedDistance);
        Assert.Null(screens.Skewness);
        Assert.Null(screens.Kurtosis);
    }

    [Fact]
    public void equal_losing_bids_leave_relative_distance_undefined_but_not_the_normalised_one()
    {
        var screens = BidScreens.Of([100m, 110m, 110m], null);

        Assert.Null(screens.RelativeDistance);
        Assert.Null(screens.AlternativeDistance);
        Assert.Equal(10 / (10.0 / 2), screens.NormalizedDistance!.Value, 12);
    }

    [Fact]
    public void no_screen_is_ever_nan_or_infinite()
    {
        var random = new Random(7);
        for (var n = 0; n <= 8; n++)
        {
            for (var round = 0; round < 50; round++)
            {
                decimal[] amounts = [.. Enumerable.Range(0, n).Select(_ => (decimal)random.Next(0, 4) * 100m)];
                var s = BidScreens.Of(amounts, random.Next(0, 2) == 0 ? null : 300m);
                double?[] values = [s.Mean, s.StandardDeviation, s.CoefficientOfVariation, s.Kurtosis, s.Skewness, s.Spread,
                    s.PercentageDifference, s.RelativeDistance, s.NormalizedDistance, s.AlternativeDistance, s.LowestToCeiling];
                Assert.All(values, v => Assert.True(v is null || double.IsFinite(v.Value), $"{string.Join(",", amounts)} gave {v}"));
            }
        }
    }

    /// <summary>Skewness and excess kurtosis from the population central moments, adjusted for sample size.</summary>
    private static (double Skewness, double Kurtosis) ReferenceMoments(double[] x)
    {
        double n = x.Length;
        var mean = x.Average();
        var m2 = x.Sum(v => Math.Pow(v - mean, 2)) / n;
        var m3 = x.Sum(v => Math.Pow(v - mean, 3)) / n;
        var m4 = x.Sum(v => Math.Pow(v - mean, 4)) / n;
        var g1 = m3 / Math.Pow(m2, 1.5);
        var g2 = (m4 / (m2 * m2)) - 3;
        return (Math.Sqrt(n * (n - 1)) / (n - 2) * g1, (n - 1) / ((n - 2) * (n - 3)) * (((n + 1) * g2) + 6));
    }
}
