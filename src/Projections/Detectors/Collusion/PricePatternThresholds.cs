namespace Ledger.Projections.Detectors.Collusion;

/// <summary>
/// What counts as bid prices "differing in a regular pattern" (规律性差异, Regulations Art. 40 (4)). The defaults are
/// judgement, set so that chance alone rarely fires them on competitive tenders.
/// </summary>
public sealed record PricePatternThresholds
{
    /// <summary>
    /// Fewest bids in a run of equal steps for <c>collusion.price-steps</c>. 4 (three equal steps): two gaps of
    /// independent bids agree within the tolerance by chance too often to screen thousands of tenders.
    /// </summary>
    public int MinimumStepBids { get; init; } = 4;

    /// <summary>
    /// Steps are equal when each differs from the run's first by at most this fraction of it: arithmetic steps compared
    /// in yuan, geometric steps compared as logarithms of the ratios. 0.002 absorbs rounding to the yuan of steps of a
    /// few thousand yuan, and little else.
    /// </summary>
    public double StepTolerance { get; init; } = 0.002;

    /// <summary>
    /// Fewest bids that are exact per-mille fractions of the ceiling (e.g. 97.0 %, 97.5 %) for
    /// <c>collusion.ceiling-ratios</c>: 3, since every such bid is already unlikely by chance.
    /// </summary>
    public int MinimumCeilingRatioBids { get; init; } = 3;

    /// <summary>
    /// A bid is an exact per-mille fraction of the ceiling C when it lies within this many yuan of C·k/1000 for a whole
    /// k: 0.5 covers a rate applied to the ceiling and rounded to the yuan.
    /// </summary>
    public decimal CeilingRatioTolerance { get; init; } = 0.5m;

    /// <summary>
    /// Bids that are whole multiples of this many yuan are round numbers, which hit per-mille fractions of a round
    /// ceiling innocently, so they never count for <c>collusion.ceiling-ratios</c>.
    /// </summary>
    public decimal RoundAmount { get; init; } = 100m;
}
