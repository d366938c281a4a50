using JasperFx.Events;
using JasperFx.Events.Grouping;
using Ledger.Actions;
using Ledger.Addresses;
using Ledger.Addresses.Events;
using Marten;
using Marten.Events;
using Marten.Events.Projections;

namespace Ledger.Projections.Views.Addresses;

/// <summary>
/// Builds each <see cref="PropertyRegister"/> from the property's stream and from the registration streams that name it.
/// A registration's check, override and completion name only the application, so they are grouped through its
/// application, which names the property.
/// </summary>
public sealed partial class AddressRegisterProjection : MultiStreamProjection<PropertyRegister, string>
{
    public AddressRegisterProjection()
    {
        Name = "AddressRegister";
        Identity<PropertyListed>(e => e.PropertyId);
        Identity<PropertyMatchedToRegistry>(e => e.PropertyId);
        Identity<StandardAddressAssigned>(e => e.PropertyId);
        Identity<OwnerConfirmationGiven>(e => e.PropertyId);
        Identity<OwnerConfirmationWithdrawn>(e => e.PropertyId);
        Identity<NegativeListEntryAdded>(e => e.PropertyId);
        Identity<NegativeListEntryLifted>(e => e.PropertyId);
        Identity<RegistrationApplied>(e => e.PropertyId);
        Identity<OwnerAndRegulatorNotified>(e => e.PropertyId);
        CustomGrouping(GroupByApplicationAsync);
    }

    public void Apply(IEvent<PropertyListed> e, PropertyRegister register)
    {
        register.Owner = new OwnerRef(e.Data.Owner.Kind, e.Data.Owner.Id, e.Data.Owner.OrganisationName);
        register.DeclaredAddress = e.Data.DeclaredAddress;
        register.Listed = Act(e, e.Data.By, e.Data.At);
    }

    public void Apply(IEvent<PropertyMatchedToRegistry> e, PropertyRegister register)
    {
        register.RegistryRecordNumber = e.Data.RegistryRecordNumber;
        register.MatchedFields = e.Data.MatchedFields;
        register.Matched = Act(e, e.Data.By, e.Data.At);
    }

    public void Apply(IEvent<StandardAddressAssigned> e, PropertyRegister register)
    {
        register.StandardAddressId = e.Data.StandardAddressId;
        register.StandardAddressText = e.Data.Text;
        register.AddressAssigned = Act(e, e.Data.By, e.Data.At);
    }

    public void Apply(IEvent<OwnerConfirmationGiven> e, PropertyRegister register) =>
        register.Confirmations.Add(new OwnerConfirmation(e.Data.CertificateNumber, e.Data.StandardAddressId, Act(e, e.Data.By, e.Data.At)));

    public void Apply(IEvent<OwnerConfirmationWithdrawn> e, PropertyRegister register)
    {
        var index = register.Confirmations.FindIndex(c => c.CertificateNumber == e.Data.CertificateNumber && c.Withdrawn is null);
        if (index >= 0)
        {
            register.Confirmations[index] = register.Confirmations[index] with { Withdrawn = Act(e, e.Data.By, e.Data.At), WithdrawalReason = e.Data.Reason };
        }
    }

    public void Apply(IEvent<NegativeListEntryAdded> e, PropertyRegister register) =>
        register.NegativeList.Add(new NegativeListMark(e.Data.EntryId, e.Data.Reason, e.Data.Authority, Act(e, e.Data.By, e.Data.At)));

    public void Apply(IEvent<NegativeListEntryLifted> e, PropertyRegister register)
    {
        var index = register.NegativeList.FindIndex(m => m.EntryId == e.Data.EntryId && m.Lifted is null);
        if (index >= 0)
        {
            register.NegativeList[index] = register.NegativeList[index] with
            {
                Lifted = Act(e, e.Data.By, e.Data.At), LiftReason = e.Data.Reason, LiftAuthority = e.Data.Authority,
            };
        }
    }

    public void Apply(IEvent<RegistrationApplied> e, PropertyRegister register) =>
        register.Companies.Add(new RegisteredCompany
        {
            ApplicationId = e.Data.ApplicationId,
            CompanyName = e.Data.CompanyName,
            UnifiedCreditCode = e.Data.UnifiedCreditCode,
            StandardAddressId = e.Data.StandardAddressId,
            CertificateNumber = e.Data.CertificateNumber,
            Stage = RegistrationStage.Applied,
            NegativeListHitsAtApplication = e.Data.NegativeListHits,
            Applied = Act(e, e.Data.By, e.Data.At),
        });

    public void Apply(IEvent<NegativeListOverrideGranted> e, PropertyRegister register) =>
        register.Company(e.Data.ApplicationId)?.Overrides.Add(new OverrideGrant(e.Data.EntryIds, e.Data.Reason, Act(e, e.Data.By, e.Data.At)));

    public void Apply(IEvent<RegistrationChecked> e, PropertyRegister register) =>
        register.Company(e.Data.ApplicationId)?.Checks.Add(
            new RegistrationCheck(e.Data.Result, e.Data.Reasons, e.Data.NegativeListHits, Act(e, e.Data.By, e.Data.At)));

    public void Apply(IEvent<RegistrationCompleted> e, PropertyRegister register)
    {
        if (register.Company(e.Data.ApplicationId) is { } company)
        {
            company.Stage = RegistrationStage.Completed;
            company.UnifiedCreditCode = e.Data.UnifiedCreditCode;
            company.Completed = Act(e, e.Data.By, e.Data.At);
        }
    }

    public void Apply(IEvent<OwnerAndRegulatorNotified> e, PropertyRegister register) =>
        register.Company(e.Data.ApplicationId)?.Notifications.Add(new OwnerNotice(e.Data.OwnerId, e.Data.Regulator, Act(e, e.Data.By, e.Data.At)));

    private static Act Act(IEvent e, Actor by, DateTimeOffset at) => new(at, ActorRef.Of(by), e.Id);

    /// <summary>
    /// Puts checks, overrides and completions with the property their application names: from applications in the same
    /// batch, else from the application events already stored, in one query.
    /// </summary>
    private static async Task GroupByApplicationAsync(IQuerySession session, IReadOnlyList<IEvent> events, IEventGrouping<string> grouping)
    {
        var later = events.Where(e => ApplicationOf(e) is not null).ToList();
        if (later.Count == 0)
        {
            return;
        }
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var applied in events.Select(e => e.Data).OfType<RegistrationApplied>())
        {
            properties[applied.ApplicationId] = applied.PropertyId;
        }
        var missing = later.Select(e => ApplicationOf(e)!).Where(id => !properties.ContainsKey(id)).Distinct()
            .Select(AddressStreams.RegistrationStream).ToArray();
        if (missing.Length > 0)
        {
            var stored = await session.Events.QueryAllRawEvents()
                .Where(e => e.StreamKey.IsOneOf(missing) && e.EventTypesAre(typeof(RegistrationApplied)))
                .ToListAsync();
            foreach (var applied in stored.Select(e => e.Data).OfType<RegistrationApplied>())
            {
                properties[applied.ApplicationId] = applied.PropertyId;
            }
        }
        foreach (var e in later)
        {
            if (properties.TryGetValue(ApplicationOf(e)!, out var property))
            {
                grouping.AddEvent(property, e);
            }
        }
    }

    private static string? ApplicationOf(IEvent e) => e.Data switch
    {
        RegistrationChecked x => x.ApplicationId,
        NegativeListOverrideGranted x => x.ApplicationId,
        RegistrationCompleted x => x.ApplicationId,
        _ => null,
    };
}
