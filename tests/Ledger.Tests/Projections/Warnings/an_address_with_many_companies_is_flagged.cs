using Ledger.Addresses;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using Ledger.Projections.Detectors.Addresses;
using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Projections.Warnings;

public sealed class an_address_with_many_companies_is_flagged(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task once_the_tenth_registration_completes()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), Start);
        await ledger.PropertyAsync(PropertyId, new ListProperty(PropertyId, OrganisationOwner, "海淀区中关村大街1号3层301"), Operator, AddressRules.Decide);
        await ledger.PropertyAsync(PropertyId, new MatchPropertyToRegistry(PropertyId, "京(2020)海淀区不动产权第0001234号", [RegistryField.Owner, RegistryField.Location]), Operator, AddressRules.Decide);
        await ledger.PropertyAsync(PropertyId, new AssignStandardAddress(PropertyId, AddressId, "北京市海淀区中关村大街1号3层301"), Operator, AddressRules.Decide);
        await ledger.PropertyAsync(PropertyId, new GiveOwnerConfirmation(PropertyId, AddressId, Certificate), OwnerStaff, AddressRules.Decide);
        var completions = new List<Guid>();
        for (var i = 1; i <= new AddressThresholds().CrowdedCompanies; i++)
        {
            var application = $"R-{i:D2}";
            ledger.Clock.Advance(TimeSpan.FromMinutes(10));
            await ledger.RegistrationAsync(application, PropertyId, new ApplyForRegistration(
                application, $"北京第{i}科技有限公司", null, "李雷", "110108199001011234", PropertyId, AddressId, Certificate), Agent, AddressRules.Decide);
            await ledger.RegistrationAsync(application, PropertyId, new CheckRegistration(application, []), Official, AddressRules.Decide);
            completions.AddRange(await ledger.RegistrationAsync(application, PropertyId, new CompleteRegistration(application, $"91110108MA01CO{i:D4}"), Official, AddressRules.Decide));
        }

        var warning = Assert.Single(await Warnings.WhenAsync(ledger, q => q.Where(w => w.PropertyId == PropertyId), w => w.Count > 0));

        Assert.Equal((AddressDetector.Crowded.Id, AddressId, "address", 0.5), (warning.Rule, warning.Subject, warning.Family, warning.Score));
        Assert.Equal(completions.Order(), warning.Events);
        Assert.Equal(ledger.Clock.GetUtcNow(), warning.FirstRaisedAt);
    }
}
