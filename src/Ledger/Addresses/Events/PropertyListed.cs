using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>A property owner or operator (产权方/运营机构) lists a property for use as a business address.</summary>
/// <param name="DeclaredAddress">The address as the lister wrote it, before standardisation.</param>
public sealed record PropertyListed(string PropertyId, Owner Owner, string DeclaredAddress, Actor By, DateTimeOffset At);
