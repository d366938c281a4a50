using Ledger.Projections.Detectors.Evaluation;

namespace Ledger.Projections.Learning;

/// <summary>How one rule, or a combined score, sorts a market's labelled tenders.</summary>
/// <param name="Rule">The rule id (<c>bid.cv-low</c>), or <c>combined.any-rule</c> / <c>combined.learned</c>.</param>
/// <param name="Scored">Labelled tenders the score is defined for; the others rank lowest.</param>
/// <param name="Metrics">Flagged against collusive, at the rule's default threshold (0.5 for the learned score).</param>
/// <param name="RocAuc">Area under the ROC curve of the score at the tender level; null without both classes.</param>
/// <param name="Planted">How the rule finds the tenders planted for it, where the market says what was planted.</param>
public sealed record RuleEvaluation(string Rule, string Title, int Scored, BinaryMetrics Metrics, double? RocAuc, PlantedMetrics? Planted = null);
