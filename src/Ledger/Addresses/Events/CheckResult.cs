namespace Ledger.Addresses.Events;

/// <summary>The outcome of a registration check (登记审查).</summary>
public enum CheckResult
{
    Passed,
    Refused,
}
