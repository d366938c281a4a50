using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>
/// An official or supervisor lets this registration go ahead despite the negative-list entries named. A separate
/// event, not a field of the check, so that the one who grants it is the actor who signs it.
/// </summary>
public sealed record NegativeListOverrideGranted(
    string ApplicationId, IReadOnlyList<string> EntryIds, string Reason, Actor By, DateTimeOffset At);
