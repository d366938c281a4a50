using Ledger.Projections.Detectors.Statistics;

namespace Ledger.Projections.Detectors.Bids;

/// <summary>
/// The distribution screens of one tender's bids, kept raw because a learned score uses them as features. Bids are
/// ranked by price, b₁ ≤ b₂ ≤ … ≤ bₙ, and b₁ is taken as the winner as in the literature (even where a scored
/// evaluation awarded another bid). Cartels make cover bids that sit close together and leave a gap below them for the
/// designated winner: low spread, high relative distance (Imhof, Karagök &amp; Rutz 2018, "Screening for bid rigging —
/// does it work?", J. Competition Law &amp; Economics 14(2); Huber &amp; Imhof 2019, IJIO 65). A screen is null where it is
/// undefined, never NaN.
/// </summary>
/// <param name="StandardDeviation">Sample standard deviation (n − 1); null below 2 bids.</param>
/// <param name="CoefficientOfVariation">CV = s / mean; null below 2 bids or with a mean ≤ 0.</param>
/// <param name="Kurtosis">Sample excess kurtosis (<see cref="Descriptive.ExcessKurtosis"/>); null below 4 bids or s = 0.</param>
/// <param name="Skewness">Sample skewness (<see cref="Descriptive.Skewness"/>); null below 3 bids or s = 0.</param>
/// <param name="Spread">SPD = (bₙ − b₁) / b₁; null below 2 bids or b₁ ≤ 0.</param>
/// <param name="PercentageDifference">DIFFP = (b₂ − b₁) / b₁; null below 2 bids or b₁ ≤ 0.</param>
/// <param name="RelativeDistance">RD = (b₂ − b₁) / s_losing, s_losing the standard deviation of b₂…bₙ; null below
/// 3 bids or when the losing bids are all equal.</param>
/// <param name="NormalizedDistance">RDNOR = (b₂ − b₁) / ((bₙ − b₁)/(n − 1)), the first gap over the mean gap; null below
/// 3 bids or when all bids are equal.</param>
/// <param name="AlternativeDistance">RDALT = (b₂ − b₁) / ((bₙ − b₂)/(n − 2)), the first gap over the mean gap of the
/// losing bids; null below 3 bids or when the losing bids are all equal.</param>
/// <param name="LowestToCeiling">b₁ / ceiling; null without a positive ceiling or without bids.</param>
public sealed record BidScreens(
    int Count,
    double? Mean,
    double? StandardDeviation,
    double? CoefficientOfVariation,
    double? Kurtosis,
    double? Skewness,
    double? Spread,
    double? PercentageDifference,
    double? RelativeDistance,
    double? NormalizedDistance,
    double? AlternativeDistance,
    double? LowestToCeiling)
{
    /// <summary>The screens of <paramref name="tender"/>'s bids.</summary>
    public static BidScreens Of(TenderBids tender)
    {
        ArgumentNullException.ThrowIfNull(tender);
        return Of([.. tender.Bids.Select(b => b.Amount)], tender.Ceiling);
    }

    /// <summary>The screens of a set of bid amounts, in any order.</summary>
    public static BidScreens Of(IReadOnlyList<decimal> amounts, decimal? ceiling)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        double[] b = [.. amounts.Select(a => (double)a).Order()];
        var n = b.Length;
        var mean = Descriptive.Mean(b);
        var sd = Descriptive.StandardDeviation(b);
        var first = n >= 2 && b[0] > 0 ? b[0] : (double?)null;
        double[] losing = n >= 3 ? b[1..] : [];
        var losingSd = Descriptive.StandardDeviation(losing);
        return new BidScreens(
            n,
            mean,
            sd,
            sd is { } s && mean is > 0 ? s / mean.Value : null,
            Descriptive.ExcessKurtosis(b),
            Descriptive.Skewness(b),
            first is { } lo ? (b[^1] - lo) / lo : null,
            first is { } low ? (b[1] - low) / low : null,
            losingSd is > 0 ? (b[1] - b[0]) / losingSd.Value : null,
            n >= 3 && b[^1] > b[0] ? (b[1] - b[0]) / ((b[^1] - b[0]) / (n - 1)) : null,
            n >= 3 && b[^1] > b[1] ? (b[1] - b[0]) / ((b[^1] - b[1]) / (n - 2)) : null,
            n >= 1 && ceiling is > 0 ? b[0] / (double)ceiling.Value : null);
    }
}
