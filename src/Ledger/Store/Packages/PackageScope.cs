using Ledger.Addresses;
using Ledger.Approvals;
using Ledger.Bidding;
using Ledger.Evidence.Packages;

namespace Ledger.Store.Packages;

/// <summary>
/// Which events a package holds, all of them sealed, in leaf order:
/// <list type="bullet">
/// <item><see cref="Tender"/>: the tender stream <c>tender/{id}</c> and every bid stream <c>bid/{id}/…</c>.</item>
/// <item><see cref="Company"/>: every event acted for the organisation (its actor's organisation) and every event
/// whose data names it as a whole value anywhere (as tenderer, bidder, agent, owner, registering company by its
/// credit code …), so both what it did and what was done about it. Personal values are commitments and never match.</item>
/// <item><see cref="Address"/>: the property streams a standardised address was assigned to, with every company
/// registration that applied at one of those properties or at the address.</item>
/// <item><see cref="Property"/>: the property stream <c>property/{id}</c> with the registrations that applied at it.</item>
/// <item><see cref="Approval"/>: the case stream <c>approval/{id}</c>.</item>
/// <item><see cref="Warning"/> and <see cref="Events"/>: exactly the events named, for a warning by its id.</item>
/// </list>
/// </summary>
public sealed class PackageScope
{
    private PackageScope(ExportScope label, string? stream, IReadOnlyList<Guid> events)
    {
        Label = label;
        Stream = stream;
        EventIds = events;
    }

    /// <summary>How the manifest and the certificate name the scope.</summary>
    public ExportScope Label { get; }

    /// <summary>The stream key the scope starts from, for the kinds that have one.</summary>
    internal string? Stream { get; }

    /// <summary>The events named, for <see cref="Warning"/> and <see cref="Events"/>.</summary>
    internal IReadOnlyList<Guid> EventIds { get; }

    public static PackageScope Tender(string tenderId) => new(new("tender", tenderId), BiddingStreams.TenderStream(tenderId), []);

    public static PackageScope Company(string organisation) => new(new("company", Required(organisation, nameof(organisation))), null, []);

    public static PackageScope Address(string standardAddressId) => new(new("address", Required(standardAddressId, nameof(standardAddressId))), null, []);

    public static PackageScope Property(string propertyId) => new(new("property", propertyId), AddressStreams.PropertyStream(propertyId), []);

    public static PackageScope Approval(string caseId) => new(new("approval", caseId), ApprovalStreams.CaseStream(caseId), []);

    public static PackageScope Warning(string warningId, IReadOnlyList<Guid> eventIds) =>
        new(new("warning", Required(warningId, nameof(warningId))), null, Named(eventIds));

    public static PackageScope Events(IReadOnlyList<Guid> eventIds) => new(new("events", null), null, Named(eventIds));

    private static string Required(string value, string name) =>
        string.IsNullOrWhiteSpace(value) || value.Any(char.IsControl)
            ? throw new ArgumentException($"\"{value}\" names nothing: it must be non-empty, without control characters", name)
            : value;

    private static Guid[] Named(IReadOnlyList<Guid> eventIds)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        return eventIds.Count == 0 ? throw new ArgumentException("a package of named events needs at least one event id", nameof(eventIds)) : [.. eventIds.Distinct()];
    }
}
