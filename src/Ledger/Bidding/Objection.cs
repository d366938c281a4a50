using Ledger.Bidding.Events;

namespace Ledger.Bidding;

/// <summary>An 异议 or 投诉 as the tender sees it: whether it still blocks the award.</summary>
public sealed record Objection(string ObjectionId, ObjectionKind Kind, string FiledBy, bool Answered);
