namespace Ledger.Projections.Views.Addresses;

/// <summary>Leave for a registration to go ahead despite the negative-list entries named, and who gave it.</summary>
public sealed record OverrideGrant(IReadOnlyList<string> EntryIds, string Reason, Act Granted);
