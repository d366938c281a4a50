using Ledger.Projections.Detectors.Statistics;

namespace Ledger.Projections.Detectors.Scores;

/// <summary>
/// Evaluation-time deviation (评标时间偏差度), evaluator-score deviation (评委评分偏差度, 畸高畸低) and bidder-score
/// deviation (投标人得分偏差度): each expert or bidder against the rest of its own panel or tender, because scoring
/// scales and workloads differ too much between tenders for absolute limits.
/// </summary>
public static class ScoreDetector
{
    /// <summary>Score: <c>1 − ratio / (2·threshold)</c>, ratio = the expert's minutes / median of the others'.</summary>
    public static readonly DetectorRule FastEvaluation = new("score.fast-evaluation", "评标时间偏差度异常");

    /// <summary>Score: <c>1 − threshold / (2·|deviation|)</c>, deviation relative to the others' mean; one warning per
    /// expert and bidder.</summary>
    public static readonly DetectorRule EvaluatorDeviation = new("score.evaluator-deviation", "评委评分畸高畸低");

    /// <summary>Score: <c>1 − threshold / (2·|z|)</c>.</summary>
    public static readonly DetectorRule BidderDeviation = new("score.bidder-deviation", "投标人得分偏差度异常");

    /// <summary>The warnings of one tender's evaluation, in <see cref="WarningOrder"/>.</summary>
    public static IReadOnlyList<Warning> Detect(TenderScores tender, ScoreThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(tender);
        ArgumentNullException.ThrowIfNull(thresholds);
        return WarningOrder.Sort([.. FastExperts(tender, thresholds), .. DeviatingScores(tender, thresholds), .. DeviatingBidders(tender, thresholds)]);
    }

    private static IEnumerable<Warning> FastExperts(TenderScores tender, ScoreThresholds thresholds)
    {
        var experts = tender.Scores.GroupBy(s => s.ExpertId, StringComparer.Ordinal)
            .Select(g => (Expert: g.Key, Minutes: g.Sum(s => (long)s.MinutesSpent), Events: g.Select(s => s.EventId).ToArray()))
            .ToArray();
        if (experts.Length < thresholds.MinimumExperts)
        {
            yield break;
        }
        foreach (var e in experts)
        {
            var others = Descriptive.Median([.. experts.Where(o => o.Expert != e.Expert).Select(o => (double)o.Minutes)])!.Value;
            if (others <= 0)
            {
                continue;
            }
            var ratio = e.Minutes / others;
            if (ratio <= thresholds.MaximumTimeRatio)
            {
                yield return FastEvaluation.Warn($"{tender.TenderId}:{e.Expert}", Severity.Below(ratio, thresholds.MaximumTimeRatio),
                    Text.Say($"Expert {e.Expert} spent {e.Minutes} minutes evaluating tender {tender.TenderId}, {ratio:0.##} of the {others:0.#} minutes the rest of the panel took at the median (threshold {thresholds.MaximumTimeRatio:0.##})."),
                    e.Events);
            }
        }
    }

    private static IEnumerable<Warning> DeviatingScores(TenderScores tender, ScoreThresholds thresholds)
    {
        foreach (var bidder in tender.Scores.GroupBy(s => s.BidderId, StringComparer.Ordinal))
        {
            var scores = bidder.ToArray();
            if (scores.Length < thresholds.MinimumExperts)
            {
                continue;
            }
            foreach (var s in scores)
            {
                var othersMean = scores.Where(o => o.ExpertId != s.ExpertId).Average(o => (double)o.Score);
                if (othersMean <= 0)
                {
                    continue;
                }
                var deviation = ((double)s.Score - othersMean) / othersMean;
                if (Math.Abs(deviation) >= thresholds.MaximumRelativeScoreDeviation)
                {
                    var direction = deviation > 0 ? "above" : "below";
                    yield return EvaluatorDeviation.Warn($"{tender.TenderId}:{s.ExpertId}:{bidder.Key}",
                        Severity.Above(Math.Abs(deviation), thresholds.MaximumRelativeScoreDeviation),
                        Text.Say($"Expert {s.ExpertId} scored bidder {bidder.Key} {s.Score:0.##} in tender {tender.TenderId}, {Math.Abs(deviation):P0} {direction} the {othersMean:0.##} the other experts gave on average (threshold {thresholds.MaximumRelativeScoreDeviation:P0})."),
                        [s.EventId]);
                }
            }
        }
    }

    private static IEnumerable<Warning> DeviatingBidders(TenderScores tender, ScoreThresholds thresholds)
    {
        var bidders = tender.Scores.GroupBy(s => s.BidderId, StringComparer.Ordinal)
            .Select(g => (Bidder: g.Key, Mean: g.Average(s => (double)s.Score), Events: g.Select(s => s.EventId).ToArray()))
            .ToArray();
        if (bidders.Length < thresholds.MinimumBidders)
        {
            yield break;
        }
        var z = RobustZ.Scores([.. bidders.Select(b => b.Mean)]);
        for (var i = 0; i < bidders.Length; i++)
        {
            if (Math.Abs(z[i]) >= thresholds.MinimumRobustZ)
            {
                yield return BidderDeviation.Warn($"{tender.TenderId}:{bidders[i].Bidder}", Severity.Above(Math.Abs(z[i]), thresholds.MinimumRobustZ),
                    Text.Say($"Bidder {bidders[i].Bidder}'s mean score of {bidders[i].Mean:0.##} in tender {tender.TenderId} lies {z[i]:0.##} robust standard deviations from the median bidder's (threshold ±{thresholds.MinimumRobustZ:0.##})."),
                    bidders[i].Events);
            }
        }
    }
}
