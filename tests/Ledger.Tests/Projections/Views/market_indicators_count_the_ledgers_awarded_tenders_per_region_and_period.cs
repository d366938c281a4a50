using Ledger.Projections.Detectors.Market;
using Ledger.Projections.Views.Markets;
using Ledger.Tests.Support;
using Marten;

namespace Ledger.Tests.Projections.Views;

/// <summary>
/// Eight tenders in two regions over two months, recorded through the real commands: Lanzhou's tenderer (城关区 620102)
/// and Baiyin's (白银区 620402), bidders registered in Lanzhou, Baiyin and Xi'an and one whose id is no credit code, one
/// tender opened and never awarded, one whose tenderer's id is no credit code. Every figure below is counted by hand.
/// </summary>
public sealed class market_indicators_count_the_ledgers_awarded_tenders_per_region_and_period(PostgresFixture postgres)
{
    private const string Lanzhou = "91620102MA72TEND0J";
    private const string Baiyin = "91620402MA73TEND0L";
    private const string L1 = "91620103MA72BLD01T";
    private const string L2 = "91620100MA72BLD02J";
    private const string L3 = "91620105MA72BLD03X";
    private const string B1 = "91620402MA73BLD04P";
    private const string B2 = "91620403MA73BLD059";
    private const string X1 = "91610100MA6XBLD06A";
    private const string U1 = "bidder-u1";

    private static readonly MarketTender[] Tenders =
    [
        new("LZ-1", Lanzhou, At(2026, 1, 5), [(L1, 900_000m), (L2, 950_000m), (X1, 980_000m)], L1),
        new("BY-1", Baiyin, At(2026, 1, 12), [(B1, 600_000m), (B2, 620_000m), (L1, 640_000m)], B1),
        new("LZ-2", Lanzhou, At(2026, 1, 19), [(L1, 800_000m), (L3, 850_000m), (B1, 870_000m), (U1, 880_000m)], L3),
        new("BY-2", Baiyin, At(2026, 1, 25), [(B1, 300_000m), (B2, 310_000m), (X1, 290_000m), (L2, 305_000m)], B1, L2),
        // 16:30 UTC on 31 January is 00:30 on 1 February in Lanzhou: a February tender.
        new("LZ-3", Lanzhou, new DateTimeOffset(2026, 1, 31, 16, 30, 0, TimeSpan.Zero), [(L2, 500_000m), (X1, 450_000m), (L3, 520_000m)], X1),
        // L3's bid is over the ceiling: rejected, but made and read out, so it counts.
        new("BY-3", Baiyin, At(2026, 2, 9), [(B2, 700_000m), (L1, 720_000m), (X1, 710_000m), (L3, 1_050_000m)], B2),
        new("LZ-4", Lanzhou, At(2026, 2, 16), [(L1, 400_000m), (L2, 410_000m), (L3, 420_000m)], null),
        new("X-1", "org-tenderer", At(2026, 2, 23), [(L1, 100_000m), (B1, 110_000m), (U1, 120_000m)], U1),
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task at_each_level_and_between_dates()
    {
        await using var ledger = await RecordedAsync(await postgres.DatabaseFor(this));

        Assert.Equal(
            [
                // Awards L1 900,000 and L3 850,000: HHI = (900² + 850²) / 1750²; of five known homes X1 and B1 are outside.
                new MarketIndicators("620100", "2026-01", 2, 7, 6, 3.5, 1_532_500 / 3_062_500d, 0.4, 5),
                // LZ-4 was never awarded and is not counted.
                new MarketIndicators("620100", "2026-02", 1, 3, 3, 3.0, 1.0, 1 / 3d, 3),
                // L2 did not decrypt: its bid is deemed withdrawn. B1 won both: HHI 1. L1 and X1 are outside.
                new MarketIndicators("620400", "2026-01", 2, 6, 4, 3.0, 1.0, 0.5, 4),
                new MarketIndicators("620400", "2026-02", 1, 4, 4, 4.0, 1.0, 0.75, 4),
                // Without the tender's region no bidder is outside it.
                new MarketIndicators(DivisionCode.Unknown, "2026-02", 1, 3, 3, 3.0, 1.0, null, 0),
            ],
            await IndicatorsAsync(ledger, new MarketQuery(MarketPeriod.Month, RegionLevel.City, null, null, null)),
            Close);

        var quarter = Assert.Single(await IndicatorsAsync(ledger, new MarketQuery(MarketPeriod.Quarter, RegionLevel.City, "620100", null, null)));
        // Awards L1 900,000, L3 850,000 and X1 450,000 over 2,200,000.
        Assert.Equal(new MarketIndicators("620100", "2026-Q1", 3, 10, 6, 10 / 3d, 1_735_000 / 4_840_000d, 0.4, 5), quarter, Close);

        // At county level every Lanzhou bidder is registered outside 城关区; up to 31 January (local) LZ-3, opened at
        // 00:30 on 1 February, is left out.
        var county = await IndicatorsAsync(ledger, new MarketQuery(MarketPeriod.Month, RegionLevel.County, "620102", null, new DateOnly(2026, 1, 31)));
        Assert.Equal([new MarketIndicators("620102", "2026-01", 2, 7, 6, 3.5, 1_532_500 / 3_062_500d, 1.0, 5)], county, Close);

        var february = await IndicatorsAsync(ledger, new MarketQuery(MarketPeriod.Year, RegionLevel.Province, null, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)));
        Assert.Equal(
            [
                // LZ-3 and BY-3, both in Gansu (620000): of the five known bidders only X1, from Xi'an, is outside.
                new MarketIndicators("620000", "2026", 2, 7, 5, 3.5, (450_000d * 450_000 + 700_000d * 700_000) / (1_150_000d * 1_150_000), 0.2, 5),
                new MarketIndicators(DivisionCode.Unknown, "2026", 1, 3, 3, 3.0, 1.0, null, 0),
            ],
            february, Close);
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 1, 30, 0, TimeSpan.Zero);

    private static async Task<ViewLedger> RecordedAsync(string database)
    {
        var ledger = await ViewLedger.OpenAsync(database, Tenders[0].Opening.AddDays(-3));
        foreach (var tender in Tenders)
        {
            await tender.RecordAsync(ledger);
        }
        await ledger.WhenCaughtUpAsync(
            async s => await s.Query<TenderMarketFacts>().ToListAsync(Ct),
            facts => facts.Count == Tenders.Length && facts.Count(f => f.WinnerId is not null) == Tenders.Count(t => t.Winner is not null));
        return ledger;
    }

    private static async Task<IReadOnlyList<MarketIndicators>> IndicatorsAsync(ViewLedger ledger, MarketQuery query)
    {
        await using var session = ledger.Store.Marten.QuerySession();
        return await LedgerMarket.IndicatorsAsync(session, query, Ct);
    }

    private static readonly IEqualityComparer<MarketIndicators> Close = EqualityComparer<MarketIndicators>.Create(
        (a, b) => a!.Region == b!.Region && a.Period == b.Period && (a.Tenders, a.Bids, a.DistinctBidders, a.BiddersOfKnownHome) == (b.Tenders, b.Bids, b.DistinctBidders, b.BiddersOfKnownHome)
            && Near(a.BiddersPerTender, b.BiddersPerTender) && Near(a.Concentration, b.Concentration) && Near(a.Openness, b.Openness),
        i => i.Region.GetHashCode(StringComparison.Ordinal));

    private static bool Near(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) < 1e-12;
}
