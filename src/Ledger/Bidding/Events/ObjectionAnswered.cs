namespace Ledger.Bidding.Events;

/// <summary>The answer to an 异议 (by the tenderer) or the decision on a 投诉 (by the supervisory department).</summary>
public sealed record ObjectionAnswered(string TenderId, string ObjectionId, bool Upheld, string Summary);
