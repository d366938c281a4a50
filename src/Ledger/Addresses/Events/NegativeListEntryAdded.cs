using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>The property's address is put on the risky-address negative list (风险地址负面清单).</summary>
/// <param name="Authority">The department that lists it.</param>
public sealed record NegativeListEntryAdded(
    string PropertyId, string EntryId, string Reason, string Authority, Actor By, DateTimeOffset At);
