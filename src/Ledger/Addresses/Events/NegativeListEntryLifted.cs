using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>A negative-list entry on the property is lifted.</summary>
/// <param name="Authority">The department that lifts it.</param>
public sealed record NegativeListEntryLifted(
    string PropertyId, string EntryId, string Reason, string Authority, Actor By, DateTimeOffset At);
