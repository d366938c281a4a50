using System.Diagnostics.CodeAnalysis;
using Ledger.Actions;
using Ledger.Addresses.Certificates;
using Ledger.Addresses.Events;

namespace Ledger.Addresses;

/// <summary>
/// A property's state, folded from its stream property/{propertyId} (see <see cref="AddressStreams"/>): listed,
/// matched to the registry, given a standardised address, confirmed by its owner, and the negative-list entries
/// in force. Marten builds it live: a new instance, then one Apply per event in stream order.
/// </summary>
public sealed class Property
{
    private readonly HashSet<string> certificates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> withdrawn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NegativeListEntry> negativeList = new(StringComparer.Ordinal);
    private readonly HashSet<string> entryIds = new(StringComparer.Ordinal);

    /// <summary>Marten's identity for the aggregate, the stream key; Apply never sets it.</summary>
    public string Id { get; set; } = "";

    public string PropertyId { get; private set; } = "";

    [MemberNotNullWhen(true, nameof(Owner))]
    public bool IsListed => Owner is not null;

    public Owner? Owner { get; private set; }

    public string DeclaredAddress { get; private set; } = "";

    public Actor? ListedBy { get; private set; }

    /// <summary>不动产登记 record matched; null until matched.</summary>
    public string? RegistryRecordNumber { get; private set; }

    public IReadOnlyList<RegistryField> MatchedFields { get; private set; } = [];

    public string? StandardAddressId { get; private set; }

    public string? StandardAddressText { get; private set; }

    /// <summary>The certificate of the owner's confirmation in force; null when never confirmed or withdrawn.</summary>
    public string? CertificateNumber { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>Certificates the owner has withdrawn, with when: none of them may be cited or issued again.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> WithdrawnCertificates => withdrawn;

    /// <summary>The number the ledger issues to the next confirmation given here (see <see cref="CertificateNumbers"/>).</summary>
    public string NextCertificateNumber => CertificateNumbers.Issue(PropertyId, certificates.Count + 1);

    /// <summary>The negative-list entries in force, by entry id.</summary>
    public IReadOnlyDictionary<string, NegativeListEntry> NegativeList => negativeList;

    /// <summary>Folds a property stream from its first event; for tests and tools outside Marten.</summary>
    /// <exception cref="ArgumentException">An event that does not belong in a property stream.</exception>
    public static Property Replay(IEnumerable<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var property = new Property();
        foreach (var e in events)
        {
            switch (e)
            {
                case PropertyListed x: property.Apply(x); break;
                case PropertyMatchedToRegistry x: property.Apply(x); break;
                case StandardAddressAssigned x: property.Apply(x); break;
                case OwnerConfirmationGiven x: property.Apply(x); break;
                case OwnerConfirmationWithdrawn x: property.Apply(x); break;
                case NegativeListEntryAdded x: property.Apply(x); break;
                case NegativeListEntryLifted x: property.Apply(x); break;
                default: throw new ArgumentException($"{e.GetType().Name} does not belong in a property stream", nameof(events));
            }
        }
        return property;
    }

    /// <summary>Whether any certificate, in force or withdrawn, has this number.</summary>
    public bool HasIssued(string certificateNumber) => certificates.Contains(certificateNumber);

    /// <summary>Whether an entry with this id was ever added here, lifted or not: entry ids are never reused.</summary>
    public bool HasEntry(string entryId) => entryIds.Contains(entryId);

    public void Apply(PropertyListed e)
    {
        PropertyId = e.PropertyId;
        Owner = e.Owner;
        DeclaredAddress = e.DeclaredAddress;
        ListedBy = e.By;
    }

    public void Apply(PropertyMatchedToRegistry e)
    {
        RegistryRecordNumber = e.RegistryRecordNumber;
        MatchedFields = e.MatchedFields;
    }

    public void Apply(StandardAddressAssigned e)
    {
        StandardAddressId = e.StandardAddressId;
        StandardAddressText = e.Text;
    }

    public void Apply(OwnerConfirmationGiven e)
    {
        CertificateNumber = e.CertificateNumber;
        ConfirmedAt = e.At;
        certificates.Add(e.CertificateNumber);
    }

    public void Apply(OwnerConfirmationWithdrawn e)
    {
        CertificateNumber = null;
        ConfirmedAt = null;
        withdrawn[e.CertificateNumber] = e.At;
    }

    public void Apply(NegativeListEntryAdded e)
    {
        negativeList[e.EntryId] = new NegativeListEntry(e.EntryId, e.Reason, e.Authority, e.By, e.At);
        entryIds.Add(e.EntryId);
    }

    public void Apply(NegativeListEntryLifted e) => negativeList.Remove(e.EntryId);
}
