namespace Ledger.Bidding.Events;

/// <summary>异议 or 投诉 filed about the tender; no award may be made while it is unanswered.</summary>
/// <param name="FiledBy">Organisation that filed it.</param>
public sealed record ObjectionFiled(string TenderId, string ObjectionId, ObjectionKind Kind, string FiledBy, string Summary);
