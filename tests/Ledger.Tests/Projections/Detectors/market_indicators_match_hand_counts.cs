using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Market;
using static Ledger.Tests.Projections.Detectors.DetectorData;

namespace Ledger.Tests.Projections.Detectors;

public sealed class market_indicators_match_hand_counts
{
    private static TenderBids In(string region, DateOnly date, TenderBids tender) => tender with { Region = region, Date = date };

    [Fact]
    public void participation_competition_concentration_and_openness_of_one_quarter()
    {
        // Q1 in 620100: three tenders with 3, 4 and 2 bids; A wins 600 and 200, B wins 200: shares 0.8 and 0.2,
        // HHI 0.64 + 0.04 = 0.68. Bidders A, B, C, D, E; homes known for A, B (local), C, D (outside): openness 2/4.
        // In 620200 only A of C, D, A comes from outside: 1/3.
        TenderBids[] tenders =
        [
            In("620100", new DateOnly(2026, 1, 5), Tender("T-1", new DateOnly(2026, 1, 5), 0, ("A", 600m, true), ("B", 650m, false), ("C", 700m, false))),
            In("620100", new DateOnly(2026, 2, 5), Tender("T-2", new DateOnly(2026, 2, 5), 10, ("A", 200m, true), ("B", 210m, false), ("D", 220m, false), ("E", 230m, false))),
            In("620100", new DateOnly(2026, 3, 31), Tender("T-3", new DateOnly(2026, 3, 31), 20, ("B", 200m, true), ("C", 201m, false))),
            In("620100", new DateOnly(2026, 4, 1), Tender("T-4", new DateOnly(2026, 4, 1), 30, ("A", 100m, false), ("B", 90m, false), ("C", 95m, false))),
            In("620200", new DateOnly(2026, 1, 9), Tender("T-5", new DateOnly(2026, 1, 9), 40, ("C", 100m, true), ("D", 110m, false), ("A", 120m, false))),
        ];
        var homes = new Dictionary<string, string> { ["A"] = "620100", ["B"] = "620100", ["C"] = "620200", ["D"] = "620200" };

        var indicators = MarketIndicators.Compute(tenders, homes, MarketPeriod.Quarter);

        Assert.Equal([("620100", "2026-Q1"), ("620100", "2026-Q2"), ("620200", "2026-Q1")], indicators.Select(i => (i.Region, i.Period)));
        var q1 = indicators[0];
        Assert.Equal((3, 9, 5), (q1.Tenders, q1.Bids, q1.DistinctBidders));
        Assert.Equal(3.0, q1.BiddersPerTender);
        Assert.Equal(0.68, q1.Concentration!.Value, 12);
        Assert.Equal(0.5, q1.Openness);
        Assert.Equal(4, q1.BiddersOfKnownHome);
        Assert.Null(indicators[1].Concentration);
        Assert.Equal(1.0 / 3, indicators[2].Openness!.Value, 12);
    }

    [Fact]
    public void months_and_years_key_the_periods()
    {
        TenderBids[] tenders = [Tender("T-1", new DateOnly(2026, 3, 9), 0, ("A", 1m, true))];

        Assert.Equal("2026-03", MarketIndicators.Compute(tenders, new Dictionary<string, string>(), MarketPeriod.Month)[0].Period);
        Assert.Equal("2026", MarketIndicators.Compute(tenders, new Dictionary<string, string>(), MarketPeriod.Year)[0].Period);
        Assert.Null(MarketIndicators.Compute(tenders, new Dictionary<string, string>(), MarketPeriod.Year)[0].Openness);
    }
}
