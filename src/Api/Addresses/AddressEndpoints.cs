using Ledger.Addresses;
using Ledger.Addresses.Commands;
using Ledger.Api.Commands;
using Ledger.Api.Identity;
using Ledger.Store.Commands;

namespace Ledger.Api.Addresses;

/// <summary>住所登记: one endpoint per command, against the property's stream and the registration's.</summary>
public static class AddressEndpoints
{
    public static void MapAddresses(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/addresses").RequireAuthorization(LedgerPolicies.Addresses);
        group.MapCommand<ListProperty>("list-property", c => AddressStreams.PropertyStream(c.PropertyId), async (r, c, a) => AddressRules.Decide(await PropertyAsync(r, c.PropertyId), c, a, r.Now));
        group.MapCommand<MatchPropertyToRegistry>("match-property-to-registry", c => AddressStreams.PropertyStream(c.PropertyId), async (r, c, a) => AddressRules.Decide(await PropertyAsync(r, c.PropertyId), c, a, r.Now));
        group.MapCommand<AssignStandardAddress>("assign-standard-address", c => AddressStreams.PropertyStream(c.PropertyId), async (r, c, a) => AddressRules.Decide(await PropertyAsync(r, c.PropertyId), c, a, r.Now));
        group.MapCommand<GiveOwnerConfirmation>("give-owner-confirmation", c => AddressStreams.PropertyStream(c.PropertyId), async (r, c, a) => AddressRules.Decide(await PropertyAsync(r, c.PropertyId), c, a, r.Now));
        group.MapCommand<WithdrawOwnerConfirmation>("withdraw-owner-confirmation", c => AddressStreams.PropertyStream(c.PropertyId), async (r, c, a) => AddressRules.Decide(await PropertyAsync(r, c.PropertyId), c, a, r.Now));
        group.MapCommand<AddNegativeListEntry>("add-negative-list-entry", c => AddressStreams.PropertyStream(c.PropertyId), async (r, c, a) => AddressRules.Decide(await PropertyAsync(r, c.PropertyId), c, a, r.Now));
        group.MapCommand<LiftNegativeListEntry>("lift-negative-list-entry", c => AddressStreams.PropertyStream(c.PropertyId), async (r, c, a) => AddressRules.Decide(await PropertyAsync(r, c.PropertyId), c, a, r.Now));
        group.MapCommand<ApplyForRegistration>("apply-for-registration", c => AddressStreams.RegistrationStream(c.ApplicationId), async (r, c, a) =>
            AddressRules.Decide(await RegistrationAsync(r, c.ApplicationId), await PropertyAsync(r, c.PropertyId), c, a, r.Now));
        group.MapCommand<GrantNegativeListOverride>("grant-negative-list-override", c => AddressStreams.RegistrationStream(c.ApplicationId), async (r, c, a) =>
        {
            var (registration, property) = await RegistrationAndPropertyAsync(r, c.ApplicationId);
            return AddressRules.Decide(registration, property, c, a, r.Now);
        });
        group.MapCommand<CheckRegistration>("check-registration", c => AddressStreams.RegistrationStream(c.ApplicationId), async (r, c, a) =>
        {
            var (registration, property) = await RegistrationAndPropertyAsync(r, c.ApplicationId);
            return AddressRules.Decide(registration, property, c, a, r.Now);
        });
        group.MapCommand<CompleteRegistration>("complete-registration", c => AddressStreams.RegistrationStream(c.ApplicationId), async (r, c, a) =>
        {
            var (registration, property) = await RegistrationAndPropertyAsync(r, c.ApplicationId);
            return AddressRules.Decide(registration, property, c, a, r.Now);
        });
        group.MapCommand<NotifyOwnerAndRegulator>("notify-owner-and-regulator", c => AddressStreams.RegistrationStream(c.ApplicationId), async (r, c, a) =>
        {
            var (registration, property) = await RegistrationAndPropertyAsync(r, c.ApplicationId);
            return AddressRules.Decide(registration, property, c, a, r.Now);
        });
        group.MapCommand<RecordInspection>("record-inspection", c => AddressStreams.RegistrationStream(c.ApplicationId), async (r, c, a) => AddressRules.Decide(await RegistrationAsync(r, c.ApplicationId), c, a, r.Now));
    }

    private static async Task<Property> PropertyAsync(CommandReads reads, string propertyId) =>
        Property.Replay((await reads.StreamAsync(AddressStreams.PropertyStream(propertyId))).Events);

    private static async Task<CompanyRegistration> RegistrationAsync(CommandReads reads, string applicationId) =>
        CompanyRegistration.Replay((await reads.StreamAsync(AddressStreams.RegistrationStream(applicationId))).Events);

    /// <summary>A registration and the property it applied at, as both stand now: the address is re-checked at every step.</summary>
    private static async Task<(CompanyRegistration, Property)> RegistrationAndPropertyAsync(CommandReads reads, string applicationId)
    {
        var registration = await RegistrationAsync(reads, applicationId);
        var property = registration.PropertyId.Length == 0 ? new Property() : await PropertyAsync(reads, registration.PropertyId);
        return (registration, property);
    }
}
