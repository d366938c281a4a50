using Ledger.Projections.Detectors;
using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Collusion;

namespace Ledger.Projections.Learning;

/// <summary>
/// Everything the detectors say about one tender at their thresholds, kept raw for evaluation and learning: the
/// distribution screens, the most outlying bid, how the winner relates to the lowest bid, and the strongest warning of
/// each rule that touches the tender, the rules over the whole market (bidder networks) included.
/// </summary>
/// <param name="MaxRobustZ">The largest |robust z| of the tender's bids; null below three bids.</param>
/// <param name="WinnerToLowest">The winning bid over the lowest bid; null when no bid won.</param>
/// <param name="RuleScores">The highest warning score per rule id; a rule that raised no warning is absent.</param>
public sealed record TenderSignals(BidScreens Screens, double? MaxRobustZ, double? WinnerToLowest, IReadOnlyDictionary<string, double> RuleScores)
{
    /// <summary>The warning score of <paramref name="rule"/> for this tender, 0 when it raised none.</summary>
    public double Score(DetectorRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return RuleScores.GetValueOrDefault(rule.Id);
    }

    /// <summary>
    /// The signals of every tender of a market, in input order. The network rules run over all the tenders, labelled
    /// or not, and reach a tender through the events of its bids; they use no labels, so learning from them leaks
    /// nothing between cross-validation folds.
    /// </summary>
    public static IReadOnlyList<TenderSignals> OfMarket(IReadOnlyList<LabelledTender> market, DetectorThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(thresholds);
        var tendersOfEvent = new Dictionary<Guid, HashSet<int>>();
        for (var i = 0; i < market.Count; i++)
        {
            foreach (var bid in market[i].Tender.Bids)
            {
                if (!tendersOfEvent.TryGetValue(bid.EventId, out var tenders))
                {
                    tendersOfEvent[bid.EventId] = tenders = [];
                }
                tenders.Add(i);
            }
        }
        var warnings = market.Select(_ => new List<Warning>()).ToArray();
        foreach (var warning in BidderNetworkDetector.Detect([.. market.Select(t => t.Tender)], thresholds.Network))
        {
            foreach (var i in warning.Events.SelectMany(e => tendersOfEvent.GetValueOrDefault(e) ?? []).Distinct())
            {
                warnings[i].Add(warning);
            }
        }
        return [.. market.Select((t, i) => Of(t, warnings[i], thresholds))];
    }

    private static TenderSignals Of(LabelledTender labelled, List<Warning> networkWarnings, DetectorThresholds thresholds)
    {
        var tender = labelled.Tender;
        IEnumerable<Warning> warnings =
        [
            .. BidDetector.Detect(tender, thresholds.Bids),
            .. PricePatternDetector.Detect(tender, thresholds.PricePatterns),
            .. SharedIdentifierDetector.Detect(tender.TenderId, labelled.Identifiers, thresholds.Identifiers),
            .. networkWarnings,
            .. labelled.Recorded ?? [],
        ];
        var z = BidDetector.Deviations(tender).Select(d => d.RobustZ).OfType<double>().Select(Math.Abs).ToArray();
        var lowest = tender.Bids.Count == 0 ? 0 : tender.Bids.Min(b => b.Amount);
        var winner = tender.Bids.FirstOrDefault(b => b.Won);
        return new TenderSignals(
            BidScreens.Of(tender),
            z.Length == 0 ? null : z.Max(),
            winner is null || lowest <= 0 ? null : (double)(winner.Amount / lowest),
            warnings.GroupBy(w => w.Rule, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(w => w.Score), StringComparer.Ordinal));
    }
}
