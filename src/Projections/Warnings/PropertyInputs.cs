using Ledger.Addresses.Events;
using Ledger.Projections.Detectors;
using Ledger.Projections.Detectors.Addresses;

namespace Ledger.Projections.Warnings;

/// <summary>What the address-risk rules read about one property, from its stream and its registrations, and its warnings.</summary>
public sealed class PropertyInputs
{
    /// <summary>The property id.</summary>
    public string Id { get; set; } = "";

    public string? StandardAddressId { get; set; }

    public List<OwnerConfirmation> Confirmations { get; set; } = [];

    public List<NegativeListing> Listings { get; set; } = [];

    public List<RegistrationInput> Applications { get; set; } = [];

    /// <summary>Companies whose registration completed: registered at the address from the completion.</summary>
    public List<CompanyAtAddress> Companies { get; set; } = [];

    public List<WarningRecord> Warnings { get; set; } = [];

    /// <summary>Applies one event of the property or of a registration at it; false when it changes no input.</summary>
    internal bool Apply(Guid eventId, DateTimeOffset at, object data)
    {
        switch (data)
        {
            case StandardAddressAssigned assigned:
                StandardAddressId = assigned.StandardAddressId;
                return true;
            case OwnerConfirmationGiven given:
                Confirmations.Add(new OwnerConfirmation(eventId, given.CertificateNumber, at, null, null));
                return true;
            case OwnerConfirmationWithdrawn withdrawn:
                var confirmation = Confirmations.FindIndex(c => c.CertificateNumber == withdrawn.CertificateNumber && c.WithdrawnAt is null);
                if (confirmation >= 0)
                {
                    Confirmations[confirmation] = Confirmations[confirmation] with { WithdrawnEventId = eventId, WithdrawnAt = at };
                }
                return true;
            case NegativeListEntryAdded added:
                Listings.Add(new NegativeListing(eventId, added.EntryId, at, null));
                return true;
            case NegativeListEntryLifted lifted:
                var listing = Listings.FindIndex(l => l.EntryId == lifted.EntryId && l.LiftedAt is null);
                if (listing >= 0)
                {
                    Listings[listing] = Listings[listing] with { LiftedAt = at };
                }
                return true;
            case RegistrationApplied applied:
                Applications.Add(new RegistrationInput(applied.ApplicationId, applied.CertificateNumber, null));
                return false;
            case NegativeListOverrideGranted granted:
                var application = Applications.FindIndex(a => a.ApplicationId == granted.ApplicationId);
                if (application >= 0)
                {
                    Applications[application] = Applications[application] with { OverrideEventId = eventId };
                }
                return false;
            case RegistrationCompleted completed when Applications.Find(a => a.ApplicationId == completed.ApplicationId) is { } registered:
                Companies.Add(new CompanyAtAddress(eventId, completed.UnifiedCreditCode, registered.CertificateNumber, at, null, registered.OverrideEventId));
                return true;
            default:
                return false;
        }
    }

    /// <summary>Recomputes the property's warnings as of event <paramref name="eventId"/>, recorded at <paramref name="at"/>.</summary>
    internal void Detect(DetectorThresholds thresholds, Guid eventId, DateTimeOffset at, ISet<WarningRecord> changed)
    {
        var history = new AddressHistory(StandardAddressId ?? Id, Confirmations, Listings, Companies);
        Raising.Reconcile(Warnings, AddressDetector.Detect(history, at, thresholds.Addresses), _ => true,
            () => new WarningRecord { Family = WarningFamily.Address, PropertyId = Id }, eventId, at, changed);
    }
}
