namespace Ledger.Projections.Views.Addresses;

/// <summary>A risky-address negative-list entry (风险地址负面清单) on the property: in force until lifted, kept after.</summary>
public sealed record NegativeListMark(string EntryId, string Reason, string Authority, Act Added)
{
    public Act? Lifted { get; init; }

    public string? LiftReason { get; init; }

    public string? LiftAuthority { get; init; }
}
