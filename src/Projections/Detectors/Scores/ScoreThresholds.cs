namespace Ledger.Projections.Detectors.Scores;

/// <summary>When the evaluation analytics (Lanzhou's deviation functions, Xiong'an's 畸高畸低 warning) raise a warning.</summary>
public sealed record ScoreThresholds
{
    /// <summary>
    /// Fewest experts for a panel comparison: with fewer than 3 there are not two others to form "the rest of the panel".
    /// The law's smallest panel is 5 (Bidding Law Art. 37), so real panels always qualify.
    /// </summary>
    public int MinimumExperts { get; init; } = 3;

    /// <summary>
    /// <c>score.fast-evaluation</c> fires when an expert's total minutes are at most this fraction of the median of the
    /// other experts' totals. 0.5 (half the panel's time) is a judgement default: a careful reading of the same files
    /// rarely takes less than half as long as the panel's middle member.
    /// </summary>
    public double MaximumTimeRatio { get; init; } = 0.5;

    /// <summary>
    /// <c>score.evaluator-deviation</c> (评委评分畸高畸低) fires when an expert's score for a bidder differs from the mean
    /// of the other experts' scores for that bidder by at least this fraction of that mean. 0.2 is a judgement default
    /// in the range provincial evaluation rules commonly use for abnormal scores; set it from the local rule.
    /// </summary>
    public double MaximumRelativeScoreDeviation { get; init; } = 0.2;

    /// <summary>
    /// Fewest bidders for <c>score.bidder-deviation</c>, which compares a bidder's panel mean with the other bidders'.
    /// </summary>
    public int MinimumBidders { get; init; } = 3;

    /// <summary>
    /// <c>score.bidder-deviation</c> (投标人得分偏差度) fires at a bidder's |robust z| of its mean score ≥ this; 3.5 as
    /// for bids (Iglewicz &amp; Hoaglin 1993).
    /// </summary>
    public double MinimumRobustZ { get; init; } = 3.5;
}
