namespace Ledger.Bidding.Events;

/// <summary>回避: an expert drawn from the pool but excluded, or removed from the panel, and why.</summary>
public sealed record ExpertAvoidance(string ExpertId, string Reason);
