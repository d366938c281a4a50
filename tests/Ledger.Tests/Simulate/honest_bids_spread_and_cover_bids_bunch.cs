using Ledger.Cli.Simulate;
using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Statistics;

namespace Ledger.Tests.Simulate;

public sealed class honest_bids_spread_and_cover_bids_bunch
{
    private static readonly MarketPlan Plan = MarketPlanner.Plan(new SimulationParameters("t-screens", 5, 400, 200, 0.1, 0.5, SimulationParameters.DefaultStart));

    [Fact]
    public void honest_tenders_vary_as_competitive_markets_do()
    {
        var honest = Plan.Tenders.Where(t => !t.Kinds.Any(k => k.StartsWith("bid.", StringComparison.Ordinal) || k.StartsWith("collusion.", StringComparison.Ordinal))).ToList();
        double[] cvs = [.. honest.Select(t => Screens(t).CoefficientOfVariation!.Value)];

        Assert.InRange(Descriptive.Median(cvs)!.Value, 0.05, 0.12);
        Assert.InRange(cvs.Count(cv => cv <= new BidThresholds().MaximumCoefficientOfVariation) / (double)cvs.Length, 0.05, 0.4);
        var bids = honest.SelectMany(t => t.Standing.Select(b => b.Price > t.Ceiling)).ToList();
        Assert.InRange(bids.Count(over => over) / (double)bids.Count, 0.001, 0.03);
        Assert.InRange(honest.Average(t => t.Standing.Count()), 5, 9);
    }

    [Fact]
    public void planted_cover_bids_have_a_low_spread_and_a_lone_low_bid()
    {
        var cover = Plan.Tenders.Where(t => t.Kinds.Contains(BidDetector.LowVariation.Id)).Select(Screens).ToList();
        var honest = Plan.Tenders.Where(t => t.Kinds.Count == 0).Select(Screens).ToList();

        Assert.NotEmpty(cover);
        Assert.All(cover, s => Assert.True(s.CoefficientOfVariation <= new BidThresholds().MaximumCoefficientOfVariation, $"CV {s.CoefficientOfVariation}"));
        Assert.True(
            Descriptive.Median([.. cover.Select(s => s.RelativeDistance ?? 0)]) > 2 * Descriptive.Median([.. honest.Select(s => s.RelativeDistance ?? 0)]),
            "cover tenders' relative distance should stand out");
    }

    private static BidScreens Screens(TenderPlan tender) => BidScreens.Of([.. tender.Read.Select(b => b.Price)], tender.Ceiling);
}
