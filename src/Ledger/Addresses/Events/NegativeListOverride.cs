using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>
/// Leave for one registration to go ahead although its address is on the negative list: which entries, who gave
/// it (an official or a supervisor) and why. It covers only the entries it names, so an entry added later still stops the registration.
/// </summary>
public sealed record NegativeListOverride(IReadOnlyList<string> EntryIds, string Reason, Actor By, DateTimeOffset At);
