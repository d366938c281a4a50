using Ledger.Approvals.Events;

namespace Ledger.Projections.Views.Approvals;

/// <summary>审批决定: the outcome, the reason a denial states, and who decided.</summary>
public sealed record ApprovalDecision(DecisionOutcome Outcome, string? Reason, Act Decided);
