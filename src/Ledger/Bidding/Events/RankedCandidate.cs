namespace Ledger.Bidding.Events;

/// <summary>中标候选人 in the order the panel ranked them; the score is null for methods that rank without one (最低投标价法).</summary>
public sealed record RankedCandidate(int Rank, string BidderId, decimal? Score);
