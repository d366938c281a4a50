namespace Ledger.Projections.Detectors.Scores;

/// <summary>One expert's standing score for one bidder (the last one recorded replaces earlier ones).</summary>
/// <param name="MinutesSpent">Minutes the expert spent on this bidder, as recorded with the score.</param>
public sealed record ExpertScore(Guid EventId, string ExpertId, string BidderId, decimal Score, int MinutesSpent);
