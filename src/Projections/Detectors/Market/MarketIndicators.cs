using Ledger.Projections.Detectors.Bids;

namespace Ledger.Projections.Detectors.Market;

/// <summary>
/// Lanzhou's market indicators for one region and period: participation, competition, concentration, openness.
/// </summary>
/// <param name="Tenders">Tenders opened, participation's first measure.</param>
/// <param name="Bids">Bids read, participation's second.</param>
/// <param name="DistinctBidders">Different bidders that took part.</param>
/// <param name="BiddersPerTender">Competition: mean bids per tender; null without tenders.</param>
/// <param name="Concentration">Herfindahl–Hirschman index of award values, Σ sᵢ² with sᵢ each winner's share of the
/// value awarded, in (0, 1] (multiply by 10 000 for the antitrust scale, where above 2 500 is highly concentrated);
/// null when nothing was awarded.</param>
/// <param name="Openness">Share of the distinct bidders with a known home region that come from outside the tender's
/// region; null when no home region is known.</param>
/// <param name="BiddersOfKnownHome">The denominator of <paramref name="Openness"/>.</param>
public sealed record MarketIndicators(
    string Region,
    string Period,
    int Tenders,
    int Bids,
    int DistinctBidders,
    double? BiddersPerTender,
    double? Concentration,
    double? Openness,
    int BiddersOfKnownHome)
{
    /// <summary>The indicators of each region and period that has tenders, ordered by region then period.</summary>
    /// <param name="homeRegions">Each bidder's home region, where known.</param>
    public static IReadOnlyList<MarketIndicators> Compute(IReadOnlyList<TenderBids> tenders, IReadOnlyDictionary<string, string> homeRegions, MarketPeriod period)
    {
        ArgumentNullException.ThrowIfNull(tenders);
        ArgumentNullException.ThrowIfNull(homeRegions);
        return
        [
            .. tenders.GroupBy(t => (t.Region, Period: KeyOf(t.Date, period)))
                .OrderBy(g => g.Key.Region, StringComparer.Ordinal).ThenBy(g => g.Key.Period, StringComparer.Ordinal)
                .Select(g => Of(g.Key.Region, g.Key.Period, [.. g], homeRegions)),
        ];
    }

    private static MarketIndicators Of(string region, string period, TenderBids[] tenders, IReadOnlyDictionary<string, string> homeRegions)
    {
        var bids = tenders.Sum(t => t.Bids.Count);
        var bidders = tenders.SelectMany(t => t.Bids.Select(b => b.BidderId)).Distinct(StringComparer.Ordinal).ToArray();
        var awards = tenders.SelectMany(t => t.Bids.Where(b => b.Won))
            .GroupBy(b => b.BidderId, StringComparer.Ordinal)
            .Select(g => g.Sum(b => b.Amount))
            .ToArray();
        var awarded = awards.Sum();
        var known = bidders.Where(homeRegions.ContainsKey).ToArray();
        return new MarketIndicators(
            region,
            period,
            tenders.Length,
            bids,
            bidders.Length,
            tenders.Length == 0 ? null : bids / (double)tenders.Length,
            awarded > 0 ? awards.Sum(a => Math.Pow((double)(a / awarded), 2)) : null,
            known.Length == 0 ? null : known.Count(b => homeRegions[b] != region) / (double)known.Length,
            known.Length);
    }

    private static string KeyOf(DateOnly date, MarketPeriod period) => period switch
    {
        MarketPeriod.Month => $"{date.Year:0000}-{date.Month:00}",
        MarketPeriod.Quarter => $"{date.Year:0000}-Q{((date.Month - 1) / 3) + 1}",
        MarketPeriod.Year => $"{date.Year:0000}",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown market period"),
    };
}
