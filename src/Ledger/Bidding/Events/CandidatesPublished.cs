namespace Ledger.Bidding.Events;

/// <summary>
/// 中标候选人公示. The start is the ledger's time of recording, so a publicity period cannot be backdated.
/// </summary>
public sealed record CandidatesPublished(
    string TenderId,
    DateTimeOffset PublicityStart,
    DateTimeOffset PublicityEnd,
    IReadOnlyList<RankedCandidate> Candidates);
