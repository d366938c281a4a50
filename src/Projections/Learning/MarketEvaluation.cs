using Ledger.Projections.Detectors;
using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Collusion;
using Ledger.Projections.Detectors.Evaluation;
using Ledger.Projections.Detectors.Reads;
using Ledger.Projections.Detectors.Scores;

namespace Ledger.Projections.Learning;

/// <summary>
/// Each detector rule, the rules combined, and a score learned from the market's own labels, measured on the labelled
/// tenders of one market (<c>ledger evaluate</c>): precision and recall at the default thresholds, and ROC AUC of the
/// score at the tender level. A distribution screen is ranked by its raw value, oriented so that higher is more
/// suspicious (CV negated); a rule without one by its warning score, 0 where it raised none.
/// </summary>
/// <param name="Tenders">Tenders in the market, labelled or not; the network rules see all of them.</param>
/// <param name="Labelled">Tenders with a known outcome: the ones measured.</param>
/// <param name="Rows">Rules in a fixed order, then <c>combined.any-rule</c>, then <c>combined.learned</c> when it could be learned.</param>
/// <param name="NotLearned">Why the learned score is missing, or null.</param>
public sealed record MarketEvaluation(int Tenders, int Labelled, int Collusive, int Folds, ulong Seed, IReadOnlyList<RuleEvaluation> Rows, string? NotLearned)
{
    public static readonly DetectorRule AnyRule = new("combined.any-rule", "任一规则预警");

    public static readonly DetectorRule Learned = new("combined.learned", "学习得分（梯度提升树）");

    private static readonly (DetectorRule Rule, Func<TenderSignals, double?>? Raw)[] Rules =
    [
        (BidDetector.LowVariation, s => -s.Screens.CoefficientOfVariation),
        (BidDetector.HighRelativeDistance, s => s.Screens.RelativeDistance),
        (BidDetector.HighKurtosis, s => s.Screens.Kurtosis),
        (BidDetector.PriceOutlier, s => s.MaxRobustZ),
        (BidDetector.CloseToCeiling, s => s.Screens.LowestToCeiling),
        (PricePatternDetector.PriceSteps, null),
        (PricePatternDetector.CeilingRatios, null),
        (PricePatternDetector.IdenticalPrices, null),
        (BidderNetworkDetector.BidTogether, null),
        (BidderNetworkDetector.CoverBidding, null),
        (BidderNetworkDetector.Rotation, null),
    ];

    /// <summary>Tenderer–bidder collusion seen in recorded reads (Regulations Art. 41), where a source records the ledger's warnings.</summary>
    private static readonly DetectorRule[] ReadRules = [ReadDetector.SealedBidBeforeOpening, ReadDetector.PanelBeforeResult, ReadDetector.AmendAfterRead];

    /// <summary>An expert's misconduct, measured where a source records it, but no sign that the bidders colluded.</summary>
    private static readonly DetectorRule[] ScoreRules = [ScoreDetector.FastEvaluation, ScoreDetector.EvaluatorDeviation, ScoreDetector.BidderDeviation];

    /// <summary>Measures every rule and the learned score on <paramref name="market"/>'s labelled tenders.</summary>
    public static MarketEvaluation Of(IReadOnlyList<LabelledTender> market, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(options);
        var all = TenderSignals.OfMarket(market, options.Thresholds);
        var labelled = Enumerable.Range(0, market.Count).Where(i => market[i].Collusive is not null).ToArray();
        var signals = labelled.Select(i => all[i]).ToArray();
        bool[] labels = [.. labelled.Select(i => market[i].Collusive!.Value)];
        // Identifier rules only where the source records identifiers or their warnings: an imported result file has none
        // to match; read and score rules only where the source recorded the ledger's warnings.
        var recorded = market.Any(t => t.Recorded is not null);
        IEnumerable<(DetectorRule Rule, Func<TenderSignals, double?>? Raw)> rules = market.Any(t => t.Identifiers.Count > 0) || recorded
            ? [.. Rules, .. TenderFeatures.IdentifierRules.Select(r => (r, (Func<TenderSignals, double?>?)null))]
            : Rules;
        if (recorded)
        {
            rules = [.. rules, .. ReadRules.Concat(ScoreRules).Select(r => (r, (Func<TenderSignals, double?>?)null))];
        }
        IReadOnlySet<string>?[] planted = [.. labelled.Select(i => market[i].Planted)];
        var rows = new List<RuleEvaluation>();
        foreach (var (rule, raw) in rules)
        {
            double?[] scores = [.. signals.Select(s => raw is null ? s.Score(rule) : raw(s))];
            bool[] flagged = [.. signals.Select(s => s.RuleScores.ContainsKey(rule.Id))];
            rows.Add(Row(rule, scores, flagged, labels) with { Planted = Planted(rule, scores, flagged, planted) });
        }
        var collusion = signals.Select(s => s.RuleScores.Where(r => !ScoreRules.Any(x => x.Id == r.Key)).Select(r => r.Value).ToArray()).ToArray();
        rows.Add(Row(AnyRule, [.. collusion.Select(c => (double?)c.DefaultIfEmpty(0).Max())], [.. collusion.Select(c => c.Length > 0)], labels));
        var notLearned = Learn(signals, labels, options, rows);
        return new MarketEvaluation(market.Count, labelled.Length, labels.Count(l => l), options.Folds, options.Seed, rows, notLearned);
    }

    private static string? Learn(TenderSignals[] signals, bool[] labels, EvaluationOptions options, List<RuleEvaluation> rows)
    {
        var (positives, negatives) = (labels.Count(l => l), labels.Count(l => !l));
        if (positives < options.Folds || negatives < options.Folds)
        {
            return $"the learned score needs at least {options.Folds} collusive and {options.Folds} competitive tenders for {options.Folds}-fold cross-validation; the market has {positives} and {negatives}";
        }
        var scores = CrossValidation.OutOfFold([.. signals.Select(TenderFeatures.Of)], labels, options.Folds, options.Seed, options.Trees);
        rows.Add(Row(Learned, [.. scores.Select(s => (double?)s)], [.. scores.Select(s => s >= 0.5)], labels));
        return null;
    }

    /// <summary>The rule against the tenders planted for it; null where no tender says what was planted.</summary>
    private static PlantedMetrics? Planted(DetectorRule rule, double?[] scores, bool[] flagged, IReadOnlySet<string>?[] planted)
    {
        if (planted.All(p => p is null))
        {
            return null;
        }
        bool[] positives = [.. planted.Select(p => p?.Contains(rule.Id) == true)];
        var count = positives.Count(p => p);
        var found = positives.Where((p, i) => p && flagged[i]).Count();
        return new PlantedMetrics(count, found, count == 0 ? null : (double)found / count,
            RocAuc.Compute([.. scores.Select(s => s ?? double.NegativeInfinity)], positives));
    }

    private static RuleEvaluation Row(DetectorRule rule, double?[] scores, bool[] flagged, bool[] labels) =>
        new(rule.Id, rule.Title, scores.Count(s => s is not null), BinaryMetrics.Of(flagged, labels),
            RocAuc.Compute([.. scores.Select(s => s ?? double.NegativeInfinity)], labels));
}
