using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Cli.Simulate;

/// <summary>
/// A property's life as a business address (住所登记): listed, matched to the registry, standardised, confirmed by its
/// owner; companies register there; it may be put on the negative list, and the owner may withdraw the confirmation.
/// </summary>
internal sealed class PropertyPlan
{
    public required string PropertyId { get; init; }

    public required Region Region { get; init; }

    public required string StandardAddressId { get; init; }

    public required string DeclaredAddress { get; init; }

    public required string AddressText { get; init; }

    public required string RegistryRecord { get; init; }

    public required string Certificate { get; init; }

    public required Owner Owner { get; init; }

    public required Actor OwnerActor { get; init; }

    public required DateTimeOffset ListedAt { get; init; }

    public required DateTimeOffset MatchedAt { get; init; }

    public required DateTimeOffset AssignedAt { get; init; }

    public required DateTimeOffset ConfirmedAt { get; init; }

    public List<PlannedRegistration> Registrations { get; } = [];

    /// <summary>A negative-list entry added at that time, with its id and reason.</summary>
    public (string EntryId, string Reason, DateTimeOffset At)? Listing { get; set; }

    /// <summary>The owner's withdrawal of the confirmation.</summary>
    public (string Reason, DateTimeOffset At)? Withdrawal { get; set; }
}
