using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;

namespace Ledger.Cli.Simulate;

/// <summary>Records one property's life and the registrations at it, in the order of their simulated times.</summary>
internal static class AddressRun
{
    public static Task RunAsync(SimulatedLedger ledger, Market market, PropertyPlan plan)
    {
        var (id, owner, registrar) = (plan.PropertyId, plan.OwnerActor, market.Registrar.Staff);
        var schedule = new Schedule();
        schedule.At(plan.ListedAt, at => ledger.PropertyAsync(at, owner, new ListProperty(id, plan.Owner, plan.DeclaredAddress), id, AddressRules.Decide));
        schedule.At(plan.MatchedAt, at => ledger.PropertyAsync(at, registrar,
            new MatchPropertyToRegistry(id, plan.RegistryRecord, [RegistryField.Owner, RegistryField.Location, RegistryField.Use, RegistryField.Area]), id, AddressRules.Decide));
        schedule.At(plan.AssignedAt, at => ledger.PropertyAsync(at, registrar, new AssignStandardAddress(id, plan.StandardAddressId, plan.AddressText), id, AddressRules.Decide));
        schedule.At(plan.ConfirmedAt, at => ledger.PropertyAsync(at, owner, new GiveOwnerConfirmation(id, plan.StandardAddressId, plan.Certificate), id, AddressRules.Decide));
        if (plan.Listing is { } listing)
        {
            schedule.At(listing.At, at => ledger.PropertyAsync(at, registrar, new AddNegativeListEntry(id, listing.EntryId, listing.Reason, market.Registrar.Name), id, AddressRules.Decide));
        }
        foreach (var r in plan.Registrations)
        {
            var application = r.ApplicationId;
            schedule.At(r.AppliedAt, at => ledger.RegistrationAsync(at, r.Applicant,
                new ApplyForRegistration(application, r.CompanyName, r.ExistingCode, r.Representative, r.RepresentativeId, id, plan.StandardAddressId, plan.Certificate),
                application, id, AddressRules.Decide));
            if (r.OverrideAt is { } overridden)
            {
                schedule.At(overridden, at => ledger.RegistrationAsync(at, registrar,
                    new GrantNegativeListOverride(application, [plan.Listing!.Value.EntryId], "经实地核查，经营场所真实存在，准予登记 (inspected on site: the premises are real)"),
                    application, id, AddressRules.Decide));
            }
            schedule.At(r.CheckedAt, at => ledger.RegistrationAsync(at, registrar, new CheckRegistration(application, []), application, id, AddressRules.Decide));
            schedule.At(r.CompletedAt, at => ledger.RegistrationAsync(at, registrar, new CompleteRegistration(application, r.Code), application, id, AddressRules.Decide));
            schedule.At(r.NotifiedAt, at => ledger.RegistrationAsync(at, registrar, new NotifyOwnerAndRegulator(application, "兰州市市场监督管理局信用监管处"), application, id, AddressRules.Decide));
        }
        if (plan.Withdrawal is { } withdrawal)
        {
            schedule.At(withdrawal.At, at => ledger.PropertyAsync(at, owner, new WithdrawOwnerConfirmation(id, withdrawal.Reason), id, AddressRules.Decide));
        }
        return schedule.RunAsync();
    }
}
