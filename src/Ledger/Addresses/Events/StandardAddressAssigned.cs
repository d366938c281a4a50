using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>The property gets its standardised address (标准化地址) from the district's standard-address library.</summary>
/// <param name="StandardAddressId">The address code in the standard-address library.</param>
public sealed record StandardAddressAssigned(string PropertyId, string StandardAddressId, string Text, Actor By, DateTimeOffset At);
