using Ledger.Actions;

namespace Ledger.Approvals.Events;

/// <summary>The clock runs again after a suspension.</summary>
public sealed record ApprovalResumed(string CaseId, string Reason, Actor By, DateTimeOffset At);
