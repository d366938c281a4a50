using Ledger.Projections.Detectors;
using static Ledger.Tests.Projections.Detectors.DetectorData;

namespace Ledger.Tests.Projections.Detectors;

public sealed class a_warning_names_its_events_once_in_order
{
    private static readonly DetectorRule Rule = new("test.rule", "测试");

    [Fact]
    public void events_are_distinct_and_sorted_and_the_score_is_clamped()
    {
        var warning = Rule.Warn("S-1", 1.7, "why", [Id(3), Id(1), Id(3), Id(2)]);

        Assert.Equal([Id(1), Id(2), Id(3)], warning.Events);
        Assert.Equal(1, warning.Score);
        Assert.Equal(0, Rule.Warn("S-1", -0.2, "why", []).Score);
        Assert.Equal(("test.rule", "测试", "S-1"), (warning.Rule, warning.Title, warning.Subject));
    }

    [Fact]
    public void a_nan_score_is_a_bug_and_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Rule.Warn("S-1", double.NaN, "why", []));
    }

    [Fact]
    public void default_thresholds_are_the_documented_literature_values()
    {
        var thresholds = new DetectorThresholds();

        Assert.Equal(0.06, thresholds.Bids.MaximumCoefficientOfVariation);
        Assert.Equal(1.0, thresholds.Bids.MinimumRelativeDistance);
        Assert.Equal(3.5, thresholds.Bids.MinimumRobustZ);
        Assert.Equal(3, thresholds.Bids.MinimumBids);
    }
}
