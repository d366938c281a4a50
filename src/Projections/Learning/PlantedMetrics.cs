namespace Ledger.Projections.Learning;

/// <summary>
/// How one rule finds the labelled tenders a simulated market planted for it (<see cref="LabelledTender.Planted"/>):
/// a collusive tender planted for another rule is not one this rule is meant to find.
/// </summary>
/// <param name="Planted">Labelled tenders planted for the rule.</param>
/// <param name="Found">Of those, the ones the rule flags at its default threshold.</param>
/// <param name="Recall"><paramref name="Found"/> over <paramref name="Planted"/>; null when none was planted.</param>
/// <param name="RocAuc">ROC AUC of the rule's score with the planted tenders as positives and every other labelled
/// tender as negative; null when none or all were planted.</param>
public sealed record PlantedMetrics(int Planted, int Found, double? Recall, double? RocAuc);
