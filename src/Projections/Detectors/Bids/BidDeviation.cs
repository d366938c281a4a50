namespace Ledger.Projections.Detectors.Bids;

/// <summary>
/// 投标文件偏差度 of one bid: where its price lies against the ceiling and against the other bids of the tender.
/// </summary>
/// <param name="RatioToCeiling">Amount / ceiling; null without a positive ceiling.</param>
/// <param name="RobustZ">Robust z-score of the amount among the tender's bids (<see cref="Statistics.RobustZ"/>);
/// null below three bids, where a median says nothing about "the others".</param>
public sealed record BidDeviation(Guid EventId, string BidderId, decimal Amount, double? RatioToCeiling, double? RobustZ);
