using Ledger.Projections.Detectors.Bids;
using static Ledger.Tests.Projections.Detectors.DetectorData;

namespace Ledger.Tests.Projections.Detectors;

public sealed class bid_screening_flags_cover_bids_and_spares_a_competitive_tender
{
    private static readonly BidThresholds Defaults = new();

    [Fact]
    public void bunched_cover_bids_over_a_lone_low_bid_raise_cv_and_rd_warnings()
    {
        // Hand values from bid_screens_match_hand_computed_values: CV = √38.8/110.4 ≈ 0.0564, RD = 10/√(20/3) ≈ 3.87.
        var warnings = BidDetector.Detect(Tender("T-1", null, 100m, 110m, 112m, 114m, 116m), Defaults);

        var cv = Assert.Single(warnings, w => w.Rule == "bid.cv-low");
        Assert.Equal(1 - (Math.Sqrt(38.8) / 110.4 / 0.12), cv.Score, 9);
        Assert.Equal([Id(1), Id(2), Id(3), Id(4), Id(5)], cv.Events);
        Assert.Equal("T-1", cv.Subject);
        Assert.Contains("0.0564", cv.Explanation, StringComparison.Ordinal);
        var rd = Assert.Single(warnings, w => w.Rule == "bid.rd-high");
        Assert.Equal(1 - (1 / (2 * (10 / Math.Sqrt(20.0 / 3)))), rd.Score, 9);
    }

    [Fact]
    public void a_competitive_tender_raises_nothing()
    {
        // Mean 122.4, s = √(1585.2/4) ≈ 19.9, CV ≈ 0.163; losing s = √(958/3) ≈ 17.9, RD = 8/17.9 ≈ 0.45;
        // median 121, MAD 13, largest |z| = 0.6745 · 29/13 ≈ 1.5; lowest bid half the ceiling.
        var tender = Tender("T-2", 200m, 100m, 108m, 121m, 133m, 150m);

        Assert.Empty(BidDetector.Detect(tender, Defaults));
        Assert.True(BidScreens.Of(tender).Kurtosis < Defaults.MinimumKurtosis);
    }

    [Fact]
    public void an_outlying_bid_is_named_alone()
    {
        // Median 102, MAD 1: the bid of 200 lies 0.6745 · 98 robust deviations out.
        var warnings = BidDetector.Detect(Tender("T-3", null, 100m, 101m, 102m, 103m, 200m), Defaults);

        var outlier = Assert.Single(warnings, w => w.Rule == "bid.price-outlier");
        Assert.Equal("T-3:B-5", outlier.Subject);
        Assert.Equal([Id(5)], outlier.Events);
        Assert.Equal(1 - (3.5 / (2 * 0.6745 * 98)), outlier.Score, 9);
    }

    [Fact]
    public void bids_hugging_the_ceiling_are_flagged_and_bids_well_below_it_are_not()
    {
        var hugging = BidDetector.Detect(Tender("T-4", 1000m, 995m, 997m, 999m), Defaults);
        var below = BidDetector.Detect(Tender("T-5", 1000m, 985m, 997m, 999m), Defaults);
        var over = BidDetector.Detect(Tender("T-6", 1000m, 1020m, 1030m, 1050m), Defaults);

        // 1 − 995/1000 = 0.005 of a 0.01 margin: score 1 − 0.005/0.02.
        Assert.Equal(0.75, Assert.Single(hugging, w => w.Rule == "bid.close-to-ceiling").Score, 9);
        Assert.DoesNotContain(below, w => w.Rule == "bid.close-to-ceiling");
        Assert.DoesNotContain(over, w => w.Rule == "bid.close-to-ceiling");
    }

    [Fact]
    public void high_kurtosis_fires_past_its_threshold_only()
    {
        // Four bids with one far off reach the n = 4 maximum of 4; an evenly spread set has negative kurtosis.
        var peaked = BidDetector.Detect(Tender("T-6", null, 100m, 100.5m, 101m, 200m), Defaults);
        var flat = BidDetector.Detect(Tender("T-7", null, 100m, 130m, 160m, 190m), Defaults);

        Assert.Single(peaked, w => w.Rule == "bid.kurtosis-high");
        Assert.DoesNotContain(flat, w => w.Rule == "bid.kurtosis-high");
    }

    [Fact]
    public void identical_bids_score_the_full_low_variation()
    {
        var warnings = BidDetector.Detect(Tender("T-8", null, 500m, 500m, 500m), Defaults);

        Assert.Equal(1, Assert.Single(warnings, w => w.Rule == "bid.cv-low").Score);
        Assert.DoesNotContain(warnings, w => w.Rule == "bid.rd-high");
    }

    [Fact]
    public void fewer_bids_than_the_minimum_raise_nothing()
    {
        Assert.Empty(BidDetector.Detect(Tender("T-9", 1000m, 999m, 999.5m), Defaults));
        Assert.Empty(BidDetector.Detect(Tender("T-10", null), Defaults));
    }

    [Fact]
    public void each_bid_deviation_is_measured_against_the_ceiling_and_the_others()
    {
        var deviations = BidDetector.Deviations(Tender("T-11", 200m, 100m, 101m, 102m, 103m, 200m));
        var two = BidDetector.Deviations(Tender("T-12", null, 100m, 120m));

        Assert.Equal(0.5, deviations[0].RatioToCeiling);
        Assert.Equal(1.0, deviations[4].RatioToCeiling);
        Assert.Equal(0.6745 * 98, deviations[4].RobustZ!.Value, 9);
        Assert.All(two, d => Assert.Null(d.RobustZ));
        Assert.All(two, d => Assert.Null(d.RatioToCeiling));
    }

    [Fact]
    public void thresholds_are_configuration()
    {
        var strict = Defaults with { MaximumCoefficientOfVariation = 0.05 };

        Assert.DoesNotContain(BidDetector.Detect(Tender("T-1", null, 100m, 110m, 112m, 114m, 116m), strict), w => w.Rule == "bid.cv-low");
    }
}
