namespace Ledger.Projections.Detectors.Bids;

/// <summary>When the per-tender bid screens raise a warning. Defaults follow the screening literature where it gives a
/// value and are marked as judgement where it does not.</summary>
public sealed record BidThresholds
{
    /// <summary>
    /// Fewest bids for a distribution rule to fire. 3 is the legal minimum to open (Bidding Law Art. 28, Regulations
    /// Art. 44), and RD needs two losing bids.
    /// </summary>
    public int MinimumBids { get; init; } = 3;

    /// <summary>
    /// <c>bid.cv-low</c> fires at CV ≤ this. In the Swiss cartel cases of Imhof, Karagök &amp; Rutz (2018) collusive
    /// tenders mostly had a CV of 2–4 % and competitive ones 6 % and more, so 0.06 separates the bulk of the two.
    /// </summary>
    public double MaximumCoefficientOfVariation { get; init; } = 0.06;

    /// <summary>
    /// <c>bid.rd-high</c> fires at RD ≥ this. RD above 1 means the gap between the two lowest bids exceeds the spread
    /// of the losing bids, the pattern of cover bids placed above a designated winner (Imhof, Karagök &amp; Rutz 2018).
    /// </summary>
    public double MinimumRelativeDistance { get; init; } = 1.0;

    /// <summary>
    /// <c>bid.kurtosis-high</c> fires at sample excess kurtosis ≥ this (needs 4 bids). Cartel tenders show higher
    /// kurtosis, the bids bunched with one off (Huber &amp; Imhof 2019); the literature gives no cut-off, so 3 is a
    /// judgement: well above the 0 of normal data and reachable from 4 bids (whose maximum is 4).
    /// </summary>
    public double MinimumKurtosis { get; init; } = 3.0;

    /// <summary>
    /// <c>bid.price-outlier</c> fires at a bid's |robust z| ≥ this: 3.5 is the outlier cut-off Iglewicz &amp; Hoaglin
    /// (1993) recommend for the modified z-score.
    /// </summary>
    public double MinimumRobustZ { get; init; } = 3.5;

    /// <summary>
    /// <c>bid.close-to-ceiling</c> fires when even the lowest bid is within this fraction below the ceiling: no bidder
    /// competed on price, which suggests the ceiling leaked or the prices were agreed. 0.01 (1 %) is a judgement default.
    /// </summary>
    public double CeilingMargin { get; init; } = 0.01;
}
