namespace Ledger.Store.Verification;

/// <summary>One problem found in the store: its kind, where it is, and one sentence with the numbers that show it.</summary>
public sealed record Finding(FindingKind Kind, FindingLocation Location, string Message)
{
    public override string ToString() => $"{Kind} at {Location}: {Message}";
}
