using System.Text;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Addresses;

public sealed class personal_address_data_is_committed_not_hashed
{
    private static readonly DateTimeOffset Time = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void the_legal_representative_is_not_in_the_canonical_registration()
    {
        var applied = Accepted(Confirmed().Run(Application, Agent));

        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, new EventEnvelope("RegistrationApplied", "company-registration/R-1", 1, Time, null), applied);
        var json = Encoding.UTF8.GetString(canonical.Bytes);

        Assert.DoesNotContain("李雷", json, StringComparison.Ordinal);
        Assert.DoesNotContain("110108199001011234", json, StringComparison.Ordinal);
        Assert.DoesNotContain("吴十", json, StringComparison.Ordinal);
        Assert.Contains("\"companyName\":\"北京云账本科技有限公司\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"certificateNumber\":\"{Certificate}\"", json, StringComparison.Ordinal);
        Assert.Equal(
            ["/data/by/personName", "/data/legalRepresentativeIdNumber", "/data/legalRepresentativeName"],
            canonical.Disclosures.Select(d => d.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void a_natural_person_owner_is_committed_and_an_organisation_named_in_clear()
    {
        var person = new Owner(OwnerKind.NaturalPerson, "u-person-7", null, "韩梅梅", "110108198805051234");
        var listed = Accepted(new AddressScenario().Run(new ListProperty(PropertyId, person, "中关村大街1号"), Operator));
        var byOrganisation = Accepted(new AddressScenario().Run(new ListProperty(PropertyId, OrganisationOwner, "中关村大街1号"), Operator));

        var envelope = new EventEnvelope("PropertyListed", "property/P-1", 1, Time, null);
        var personal = Encoding.UTF8.GetString(CanonicalEvent.Create(CryptoSuite.Gm, envelope, listed).Bytes);
        var organisation = Encoding.UTF8.GetString(CanonicalEvent.Create(CryptoSuite.Gm, envelope, byOrganisation).Bytes);

        Assert.DoesNotContain("韩梅梅", personal, StringComparison.Ordinal);
        Assert.DoesNotContain("110108198805051234", personal, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"u-person-7\"", personal, StringComparison.Ordinal);
        Assert.Contains("\"organisationName\":\"北京中关村科技园运营有限公司\"", organisation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OwnerKind.NaturalPerson, "韩梅梅", "韩梅梅", "1101", "has no organisation name")]
    [InlineData(OwnerKind.NaturalPerson, null, null, "1101", "needs a name and an ID number")]
    [InlineData(OwnerKind.Organisation, "某公司", "韩梅梅", null, "carries no person's name or ID number")]
    [InlineData(OwnerKind.Organisation, null, null, null, "needs its name")]
    public void a_listing_that_would_put_a_person_in_clear_or_lacks_the_owner_is_refused(
        OwnerKind kind, string? organisationName, string? personName, string? idNumber, string expected)
    {
        var owner = new Owner(kind, "O-1", organisationName, personName, idNumber);

        Assert.Contains(expected, Refused(new AddressScenario().Run(new ListProperty(PropertyId, owner, "中关村大街1号"), Operator)).Reason);
    }
}
