namespace Ledger.Approvals.Events;

/// <summary>准予许可 or 不予许可.</summary>
public enum DecisionOutcome
{
    Approve,
    Deny,
}
