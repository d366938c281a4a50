namespace Ledger.Projections.Detectors.Scores;

/// <summary>The evaluation panel's standing scores of one tender (评标打分).</summary>
public sealed record TenderScores(string TenderId, IReadOnlyList<ExpertScore> Scores);
