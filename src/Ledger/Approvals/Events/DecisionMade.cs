using Ledger.Actions;

namespace Ledger.Approvals.Events;

/// <summary>The approval decision (审批决定); a denial states its reason.</summary>
public sealed record DecisionMade(string CaseId, DecisionOutcome Outcome, string? Reason, Actor By, DateTimeOffset At);
