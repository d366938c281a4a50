using Ledger.Addresses;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using Ledger.Projections.Views;
using Ledger.Projections.Views.Addresses;
using Ledger.Tests.Support;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Projections.Views;

public sealed class an_address_register_shows_confirmations_companies_and_the_negative_list(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task from_listing_to_a_registration_passed_by_override_and_a_withdrawn_confirmation()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), Start);
        var listed = await ledger.PropertyAsync(PropertyId, new ListProperty(PropertyId, OrganisationOwner, "海淀区中关村大街1号3层301"), Operator, AddressRules.Decide);
        await ledger.PropertyAsync(PropertyId, new MatchPropertyToRegistry(PropertyId, "京(2020)海淀区不动产权第0001234号", [RegistryField.Owner, RegistryField.Location]), Operator, AddressRules.Decide);
        await ledger.PropertyAsync(PropertyId, new AssignStandardAddress(PropertyId, AddressId, "北京市海淀区中关村大街1号3层301"), Operator, AddressRules.Decide);
        var confirmed = await ledger.PropertyAsync(PropertyId, new GiveOwnerConfirmation(PropertyId, AddressId, Certificate), OwnerStaff, AddressRules.Decide);
        var added = await ledger.PropertyAsync(PropertyId, new AddNegativeListEntry(PropertyId, "N-1", "一址多照", "海淀区市场监管局"), Supervisor, AddressRules.Decide);
        await ledger.RegistrationAsync(RegistrationId, PropertyId, Application, Agent, AddressRules.Decide);
        // Caught up here, the daemon meets the check, override and completion in a later batch than the application.
        await ledger.WhenCaughtUpAsync(s => s.LoadAsync<PropertyRegister>(PropertyId, TestContext.Current.CancellationToken), r => r.Companies.Count == 1);
        var granted = await ledger.RegistrationAsync(RegistrationId, PropertyId, new GrantNegativeListOverride(RegistrationId, ["N-1"], "实地核查确有经营"), Supervisor, AddressRules.Decide);
        var checkedIds = await ledger.RegistrationAsync(RegistrationId, PropertyId, new CheckRegistration(RegistrationId, []), Official, AddressRules.Decide);
        var completed = await ledger.RegistrationAsync(RegistrationId, PropertyId, new CompleteRegistration(RegistrationId, "91110108MA01NEWCO1"), Official, AddressRules.Decide);
        var notified = await ledger.RegistrationAsync(RegistrationId, PropertyId, new NotifyOwnerAndRegulator(RegistrationId, "海淀区市场监管局中关村所"), Operator, AddressRules.Decide);
        ledger.Clock.Advance(TimeSpan.FromDays(30));
        var withdrawn = await ledger.PropertyAsync(PropertyId, new WithdrawOwnerConfirmation(PropertyId, "lease ended"), OwnerStaff, AddressRules.Decide);
        await ledger.PropertyAsync(PropertyId, new AddNegativeListEntry(PropertyId, "N-2", "无法联系", "海淀区市场监管局"), Supervisor, AddressRules.Decide);
        var lifted = await ledger.PropertyAsync(PropertyId, new LiftNegativeListEntry(PropertyId, "N-1", "整改完成", "海淀区市场监管局"), Official, AddressRules.Decide);

        var register = await ledger.WhenCaughtUpAsync(
            s => s.LoadAsync<PropertyRegister>(PropertyId, TestContext.Current.CancellationToken),
            r => r.NegativeList.Any(m => m.Lifted is not null));

        Assert.Equal((AddressId, "北京市海淀区中关村大街1号3层301"), (register.StandardAddressId, register.StandardAddressText));
        Assert.Equal(new OwnerRef(OwnerKind.Organisation, OwnerCode, "北京中关村科技园运营有限公司"), register.Owner);
        Assert.Equal(new Act(Start, ActorRef.Of(Operator), listed[0]), register.Listed);

        var confirmation = Assert.Single(register.Confirmations);
        Assert.Equal((Certificate, confirmed[0], withdrawn[0], "lease ended"),
            (confirmation.CertificateNumber, confirmation.Given.Receipt, confirmation.Withdrawn!.Receipt, confirmation.WithdrawalReason));
        Assert.Equal(ActorRef.Of(OwnerStaff), confirmation.Withdrawn.By);

        Assert.True(register.OnNegativeList);
        Assert.Equal(["N-1", "N-2"], register.NegativeList.Select(m => m.EntryId));
        Assert.Equal((added[0], lifted[0], ActorRef.Of(Official)), (register.NegativeList[0].Added.Receipt, register.NegativeList[0].Lifted!.Receipt, register.NegativeList[0].Lifted!.By));
        Assert.Null(register.NegativeList[1].Lifted);

        var company = Assert.Single(register.Companies);
        Assert.Equal((RegistrationId, "北京云账本科技有限公司", "91110108MA01NEWCO1", RegistrationStage.Completed),
            (company.ApplicationId, company.CompanyName, company.UnifiedCreditCode, company.Stage));
        Assert.Equal(["N-1"], company.NegativeListHitsAtApplication);
        Assert.Equal((granted[0], ActorRef.Of(Supervisor)), (Assert.Single(company.Overrides).Granted.Receipt, company.Overrides[0].Granted.By));
        Assert.Equal((checkedIds[0], CheckResult.Passed), (Assert.Single(company.Checks).Checked.Receipt, company.Checks[0].Result));
        Assert.Equal(completed[0], company.Completed!.Receipt);
        var notice = Assert.Single(company.Notifications);
        Assert.Equal((OwnerCode, "海淀区市场监管局中关村所", notified[0]), (notice.OwnerId, notice.Regulator, notice.Sent.Receipt));
    }
}
