using Ledger.Actions;

namespace Ledger.Addresses;

/// <summary>An entry of the risky-address negative list (风险地址负面清单) in force on a property.</summary>
/// <param name="Authority">The department that listed the address, e.g. the market regulator's district bureau.</param>
public sealed record NegativeListEntry(string EntryId, string Reason, string Authority, Actor AddedBy, DateTimeOffset AddedAt);
