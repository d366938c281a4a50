using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Market;
using Marten;

namespace Ledger.Projections.Views.Markets;

/// <summary>
/// The market indicators of the ledger's own tenders (<see cref="MarketIndicators"/>), aggregated on demand from the
/// <see cref="TenderMarketFacts"/> the async daemon keeps. A tender counts once it is awarded: by then the bidders'
/// names and prices have been read out at the opening (Bidding Law Art. 36) and the result published, so no figure can
/// reveal what Art. 22 keeps secret before the opening, and each period's concentration is over awards made. A tender
/// belongs to the period of its opening date (开标日期, as imported histories date theirs), so a period's figures may
/// still grow after it ends, until its last tender is awarded; a tender never awarded is never counted.
/// </summary>
public static class LedgerMarket
{
    /// <summary>The trading centre's local time, China Standard Time, which keeps no daylight saving: dates are its dates.</summary>
    public static readonly TimeSpan CentreOffset = TimeSpan.FromHours(8);

    /// <summary>The indicators of each region and period with an awarded tender, ordered by region then period.</summary>
    public static async Task<IReadOnlyList<MarketIndicators>> IndicatorsAsync(IQuerySession session, MarketQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(query);
        var awarded = session.Query<TenderMarketFacts>().Where(f => f.WinnerId != null);
        if (query.From is { } from)
        {
            var start = StartOf(from);
            awarded = awarded.Where(f => f.OpenedAt >= start);
        }
        if (query.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            awarded = awarded.Where(f => f.OpenedAt < end);
        }
        return Indicators(await awarded.ToListAsync(ct), query);
    }

    /// <summary>The indicators of <paramref name="awarded"/>, tenders already awarded and within the query's dates.</summary>
    public static IReadOnlyList<MarketIndicators> Indicators(IEnumerable<TenderMarketFacts> awarded, MarketQuery query)
    {
        ArgumentNullException.ThrowIfNull(awarded);
        ArgumentNullException.ThrowIfNull(query);
        var tenders = awarded
            .Select(f => new TenderBids(
                f.Id,
                RegionOf(f.TendererId, query.Level),
                DateOnly.FromDateTime(f.OpenedAt!.Value.ToOffset(CentreOffset).DateTime),
                null,
                [.. f.Bids.Select(b => new BidEntry(f.OpeningEventId!.Value, b.BidderId, b.Price, b.BidderId == f.WinnerId))]))
            .Where(t => query.Region is null || t.Region == query.Region)
            .ToList();
        var homes = tenders.SelectMany(t => t.Bids).Select(b => b.BidderId).Distinct(StringComparer.Ordinal)
            .Select(b => (Bidder: b, Home: DivisionCode.FromCreditCode(b)))
            .Where(h => h.Home is not null)
            .ToDictionary(h => h.Bidder, h => DivisionCode.At(h.Home!, query.Level), StringComparer.Ordinal);
        // Where the tender's region is unknown, no bidder can be said to come from outside it.
        var unknown = tenders.Where(t => t.Region == DivisionCode.Unknown).ToList();
        return
        [
            .. MarketIndicators.Compute([.. tenders.Where(t => t.Region != DivisionCode.Unknown)], homes, query.Period),
            .. MarketIndicators.Compute(unknown, new Dictionary<string, string>(), query.Period),
        ];
    }

    private static string RegionOf(string tendererId, RegionLevel level) =>
        DivisionCode.FromCreditCode(tendererId) is { } code ? DivisionCode.At(code, level) : DivisionCode.Unknown;

    private static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), CentreOffset);
}
