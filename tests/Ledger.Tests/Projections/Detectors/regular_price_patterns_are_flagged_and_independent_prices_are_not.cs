using Ledger.Projections.Detectors.Collusion;
using static Ledger.Tests.Projections.Detectors.DetectorData;

namespace Ledger.Tests.Projections.Detectors;

public sealed class regular_price_patterns_are_flagged_and_independent_prices_are_not
{
    private static readonly PricePatternThresholds Defaults = new();

    [Fact]
    public void bids_in_equal_arithmetic_steps_are_flagged()
    {
        // Steps of exactly 12 345 yuan; four bids score 1 − 2^(1 − 4).
        var tender = Tender("T-1", null, 1_024_690m, 1_000_000m, 1_037_035m, 1_012_345m);

        var warning = Assert.Single(PricePatternDetector.Detect(tender, Defaults));

        Assert.Equal("collusion.price-steps", warning.Rule);
        Assert.Equal(0.875, warning.Score, 12);
        Assert.Contains("arithmetic steps of about 12345 yuan", warning.Explanation, StringComparison.Ordinal);
        Assert.Equal([Id(1), Id(2), Id(3), Id(4)], warning.Events);
    }

    [Fact]
    public void bids_in_equal_percentage_steps_are_flagged_as_geometric()
    {
        // 1 000 000 · 1.015^k rounded to the cent: yuan steps 15 000, 15 225, 15 453.38 are not equal, ratios are.
        var tender = Tender("T-2", null, 1_000_000m, 1_015_000m, 1_030_225m, 1_045_678.38m, 1_300_000m);

        var warning = Assert.Single(PricePatternDetector.Detect(tender, Defaults));

        Assert.Contains("geometric steps of about 1.50 %", warning.Explanation, StringComparison.Ordinal);
        Assert.Equal([Id(1), Id(2), Id(3), Id(4)], warning.Events);
    }

    [Fact]
    public void three_bids_in_step_are_not_enough()
    {
        Assert.Empty(PricePatternDetector.Detect(Tender("T-3", null, 1_000_000m, 1_012_345m, 1_024_690m), Defaults));
    }

    [Fact]
    public void bids_computed_as_fixed_fractions_of_an_odd_ceiling_are_flagged()
    {
        // Ceiling 12 345 678.90: 97.0 % = 11 975 308.533, 96.5 % = 11 913 580.1385, 98.2 % = 12 123 456.6798, to the cent.
        var tender = Tender("T-4", 12_345_678.90m, 11_975_308.53m, 11_913_580.14m, 12_123_456.68m, 11_800_123.45m);

        var warning = Assert.Single(PricePatternDetector.Detect(tender, Defaults));

        Assert.Equal("collusion.ceiling-ratios", warning.Rule);
        Assert.Equal(0.75, warning.Score, 12);
        Assert.Equal([Id(1), Id(2), Id(3)], warning.Events);
        Assert.Contains("B-1 97.0%", warning.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void round_bids_under_a_round_ceiling_are_not_fractions_of_it()
    {
        Assert.Empty(PricePatternDetector.Detect(Tender("T-5", 1_000_000m, 970_000m, 965_000m, 982_000m, 951_300m), Defaults));
    }

    [Fact]
    public void identical_prices_name_the_bidders_that_share_them()
    {
        var warning = Assert.Single(PricePatternDetector.Detect(Tender("T-6", null, 980_123.45m, 1_010_000m, 980_123.45m), Defaults));

        Assert.Equal("collusion.identical-prices", warning.Rule);
        Assert.Equal(0.5, warning.Score, 12);
        Assert.Equal([Id(1), Id(3)], warning.Events);
    }

    [Fact]
    public void independent_prices_raise_nothing()
    {
        var tender = Tender("T-7", 1_200_000m, 1_000_000m, 1_031_250.5m, 1_047_990m, 1_102_004.2m, 1_160_377.77m);

        Assert.Empty(PricePatternDetector.Detect(tender, Defaults));
    }
}
