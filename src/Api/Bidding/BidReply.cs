using Ledger.Bidding;
using Ledger.Bidding.Events;

namespace Ledger.Api.Bidding;

/// <summary>A bid as a reader may see it: sealed facts (file, commitment) and, once opened, the revealed price.</summary>
public sealed record BidReply(
    string BidderId,
    BidStatus Status,
    string? FileHash,
    long FileSize,
    string? PriceCommitment,
    int Amendments,
    OpeningOutcome? Outcome,
    decimal? Price);
