namespace Ledger.Projections.Detectors.Approvals;

/// <summary>The approval decision (审批决定) and the official who made it.</summary>
public sealed record ApprovalDecisionRecord(Guid EventId, DateTimeOffset At, string OfficialId);
