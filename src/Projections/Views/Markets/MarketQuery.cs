using Ledger.Projections.Detectors.Market;

namespace Ledger.Projections.Views.Markets;

/// <summary>Which market indicators to compute from the ledger's tenders.</summary>
/// <param name="Level">How finely tenders' and bidders' regions are told apart; openness counts a bidder as outside
/// when its home differs from the tender's region at this level.</param>
/// <param name="Region">Only this region (a division code at <paramref name="Level"/>, or <see cref="DivisionCode.Unknown"/>); null for all.</param>
/// <param name="From">The first opening date counted, the centre's local date; null for no bound.</param>
/// <param name="To">The last opening date counted, inclusive; null for no bound.</param>
public sealed record MarketQuery(MarketPeriod Period, RegionLevel Level, string? Region, DateOnly? From, DateOnly? To);
