using Ledger.Projections.Detectors.Statistics;

namespace Ledger.Projections.Detectors.Scores;

/// <summary>
/// Evaluation-time deviation (评标时间偏差度), evaluator-score deviation (评委评分偏差度, 畸高畸低) and bidder-score
/// deviation (投标人得分偏差度): each expert or bidder against the rest of its own panel or tender, because scoring
/// scales and workloads differ too much between tenders for absolute limits.
/// </summary>
public static class ScoreDetector
{
    /// <summary>
    /// Score: <c>1 − ratio / (2·threshold)</c>, ratio = the expert's minutes / median of the others', all counted on the
    /// bids every expert has scored: one still scoring is compared on the bids behind them, one who leaves a bid unscored
    /// on the rest, in whatever order the panel works.
    /// </summary>
    public static readonly DetectorRule FastEvaluation = new("score.fast-evaluation", "评标时间偏差度异常");

    /// <summary>Score: <c>1 − threshold / (2·|deviation|)</c>, deviation relative to the others' mean; one warning per
    /// expert and bidder.</summary>
    public static readonly DetectorRule EvaluatorDeviation = new("score.evaluator-deviation", "评委评分畸高畸低");

    /// <summary>Score: <c>1 − threshold / (2·|z|)</c>.</summary>
    public static readonly DetectorRule BidderDeviation = new("score.bidder-deviation", "投标人得分偏差度异常");

    /// <summary>The warnings of one tender's evaluation, in <see cref="WarningOrder"/>.</summary>
    /// <param name="tender">Standing scores: at most one per expert and bidder (a rescore replaces the earlier score).</param>
    /// <remarks>Written as plain loops: the warnings projection runs it after every score a panel records.</remarks>
    public static IReadOnlyList<Warning> Detect(TenderScores tender, ScoreThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(tender);
        ArgumentNullException.ThrowIfNull(thresholds);
        var warnings = new List<Warning>();
        var bidders = Group(tender.Scores, s => s.BidderId);
        FastExperts(tender.TenderId, Group(tender.Scores, s => s.ExpertId), bidders, thresholds, warnings);
        DeviatingScores(tender.TenderId, bidders, thresholds, warnings);
        DeviatingBidders(tender.TenderId, bidders, thresholds, warnings);
        return warnings.Count == 0 ? [] : WarningOrder.Sort(warnings);
    }

    private static void FastExperts(
        string tenderId, List<(string Expert, List<ExpertScore> Scores)> experts, List<(string Bidder, List<ExpertScore> Scores)> bidders,
        ScoreThresholds thresholds, List<Warning> warnings)
    {
        // Two at least: an expert needs others to be compared with, whatever the configuration says.
        if (experts.Count < Math.Max(thresholds.MinimumExperts, 2))
        {
            return;
        }
        var common = bidders.Where(b => b.Scores.Count == experts.Count).Select(b => b.Bidder).ToHashSet(StringComparer.Ordinal);
        if (common.Count == 0)
        {
            return;
        }
        var minutes = new long[experts.Count];
        var events = new List<Guid>[experts.Count];
        for (var i = 0; i < experts.Count; i++)
        {
            events[i] = [];
            foreach (var s in experts[i].Scores.Where(s => common.Contains(s.BidderId)))
            {
                minutes[i] += s.MinutesSpent;
                events[i].Add(s.EventId);
            }
        }
        var others = new double[experts.Count - 1];
        for (var i = 0; i < experts.Count; i++)
        {
            for (int j = 0, k = 0; j < experts.Count; j++)
            {
                if (j != i)
                {
                    others[k++] = minutes[j];
                }
            }
            var median = Descriptive.Median(others)!.Value;
            if (median <= 0)
            {
                continue;
            }
            var ratio = minutes[i] / median;
            if (ratio <= thresholds.MaximumTimeRatio)
            {
                var expert = experts[i].Expert;
                warnings.Add(FastEvaluation.Warn($"{tenderId}:{expert}", Severity.Below(ratio, thresholds.MaximumTimeRatio),
                    Text.Say($"Expert {expert} spent {minutes[i]} minutes on the {common.Count} bids the whole panel has scored in tender {tenderId}, {ratio:0.##} of the {median:0.#} minutes the rest of the panel took at the median (threshold {thresholds.MaximumTimeRatio:0.##})."),
                    events[i]));
            }
        }
    }

    private static void DeviatingScores(string tenderId, List<(string Bidder, List<ExpertScore> Scores)> bidders, ScoreThresholds thresholds, List<Warning> warnings)
    {
        foreach (var (bidder, scores) in bidders)
        {
            if (scores.Count < thresholds.MinimumExperts)
            {
                continue;
            }
            foreach (var s in scores)
            {
                var othersMean = MeanWithout(scores, s);
                if (othersMean <= 0)
                {
                    continue;
                }
                var deviation = ((double)s.Score - othersMean) / othersMean;
                if (Math.Abs(deviation) >= thresholds.MaximumRelativeScoreDeviation)
                {
                    var direction = deviation > 0 ? "above" : "below";
                    warnings.Add(EvaluatorDeviation.Warn($"{tenderId}:{s.ExpertId}:{bidder}",
                        Severity.Above(Math.Abs(deviation), thresholds.MaximumRelativeScoreDeviation),
                        Text.Say($"Expert {s.ExpertId} scored bidder {bidder} {s.Score:0.##} in tender {tenderId}, {Math.Abs(deviation):P0} {direction} the {othersMean:0.##} the other experts gave on average (threshold {thresholds.MaximumRelativeScoreDeviation:P0})."),
                        [s.EventId]));
                }
            }
        }
    }

    private static void DeviatingBidders(string tenderId, List<(string Bidder, List<ExpertScore> Scores)> bidders, ScoreThresholds thresholds, List<Warning> warnings)
    {
        if (bidders.Count < thresholds.MinimumBidders)
        {
            return;
        }
        var means = new double[bidders.Count];
        for (var i = 0; i < bidders.Count; i++)
        {
            means[i] = MeanWithout(bidders[i].Scores, null);
        }
        var z = RobustZ.Scores(means);
        for (var i = 0; i < bidders.Count; i++)
        {
            if (Math.Abs(z[i]) >= thresholds.MinimumRobustZ)
            {
                warnings.Add(BidderDeviation.Warn($"{tenderId}:{bidders[i].Bidder}", Severity.Above(Math.Abs(z[i]), thresholds.MinimumRobustZ),
                    Text.Say($"Bidder {bidders[i].Bidder}'s mean score of {means[i]:0.##} in tender {tenderId} lies {z[i]:0.##} robust standard deviations from the median bidder's (threshold ±{thresholds.MinimumRobustZ:0.##})."),
                    bidders[i].Scores.Select(s => s.EventId)));
            }
        }
    }

    /// <summary>The scores grouped by <paramref name="key"/>, groups and scores in the order they were recorded.</summary>
    private static List<(string Key, List<ExpertScore> Scores)> Group(IReadOnlyList<ExpertScore> scores, Func<ExpertScore, string> key)
    {
        var groups = new List<(string Key, List<ExpertScore> Scores)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in scores)
        {
            var k = key(s);
            if (!index.TryGetValue(k, out var i))
            {
                index[k] = i = groups.Count;
                groups.Add((k, []));
            }
            groups[i].Scores.Add(s);
        }
        return groups;
    }

    /// <summary>The mean of <paramref name="scores"/> but <paramref name="except"/>'s expert's, summed in order.</summary>
    private static double MeanWithout(List<ExpertScore> scores, ExpertScore? except)
    {
        var (sum, count) = (0.0, 0);
        foreach (var o in scores)
        {
            if (o.ExpertId != except?.ExpertId)
            {
                sum += (double)o.Score;
                count++;
            }
        }
        return sum / count;
    }
}
