namespace Ledger.Projections.Warnings;

/// <summary>The action family a <see cref="WarningRecord"/> belongs to, as stored and as <c>?family=</c> takes it.</summary>
public static class WarningFamily
{
    public const string Bidding = "bidding";
    public const string Address = "address";
    public const string Approval = "approval";

    public static IReadOnlyList<string> All { get; } = [Bidding, Address, Approval];
}
