using Ledger.Actions;

namespace Ledger.Approvals.Events;

/// <summary>
/// 时限中止: the clock stops, e.g. for 补正材料, a hearing or expert assessment. Named for its family because Marten
/// names event types by class name alone, and a bare "Suspended" is one every family could want.
/// </summary>
public sealed record ApprovalSuspended(string CaseId, string Reason, Actor By, DateTimeOffset At);
