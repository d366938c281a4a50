using Ledger.Actions;

namespace Ledger.Approvals.Events;

/// <summary>受理: the application is accepted for review, and the time limits run from now.</summary>
public sealed record ApplicationAccepted(string CaseId, Actor By, DateTimeOffset At);
