namespace Ledger.Bidding.Events;

/// <summary>
/// 评标打分: one expert's score for one bidder, with the minutes spent on it, which the evaluation-time and
/// evaluator-score deviation analytics use. A later score by the same expert for the same bidder replaces it.
/// </summary>
public sealed record ExpertScoreRecorded(string TenderId, string ExpertId, string BidderId, decimal Score, int MinutesSpent);
