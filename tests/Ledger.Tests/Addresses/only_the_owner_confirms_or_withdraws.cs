using Ledger.Actions;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Addresses;

public sealed class only_the_owner_confirms_or_withdraws
{
    private static readonly GiveOwnerConfirmation Confirm = new(PropertyId, AddressId, Certificate);

    [Fact]
    public void anyone_acting_for_an_organisation_owner_confirms()
    {
        var colleague = OwnerStaff with { PersonId = "u-owner-2", PersonName = "陈二" };

        var given = (OwnerConfirmationGiven)Accepted(Standardised().Run(Confirm, colleague));

        Assert.Equal(colleague, given.By);
    }

    [Fact]
    public void another_owner_or_another_role_is_refused_and_recorded()
    {
        var s = Standardised();

        var (reason, trail) = Refused(s.Run(Confirm, OtherOwnerStaff));
        Assert.Contains($"only the owner {OwnerCode} of property P-1 confirms its use", reason);
        Assert.True(trail);

        (reason, trail) = Refused(s.Run(Confirm, OwnerStaff with { Role = Role.CentreOperator }));
        Assert.Contains("confirming a property's use is for PropertyOwner; u-owner-1", reason);
        Assert.True(trail);

        (reason, trail) = Refused(s.Run(Confirm, Official));
        Assert.Contains("acted as Official", reason);
        Assert.True(trail);
        Assert.Null(s.Property.CertificateNumber);
    }

    [Fact]
    public void a_natural_person_owner_is_matched_by_person_not_by_organisation()
    {
        var person = new Owner(OwnerKind.NaturalPerson, "u-person-7", null, "韩梅梅", "110108198805051234");
        var herself = new Actor("u-person-7", "韩梅梅", "-", Role.PropertyOwner);
        var s = Standardised(person);

        var (reason, trail) = Refused(s.Run(Confirm, new Actor("u-person-8", "韩梅梅", "-", Role.PropertyOwner)));
        Assert.Contains("only the owner u-person-7", reason);
        Assert.True(trail);
        Accepted(s.Run(Confirm, herself));
    }

    [Fact]
    public void only_the_owner_withdraws()
    {
        var s = Confirmed();
        var withdraw = new WithdrawOwnerConfirmation(PropertyId, "tenant left");

        var (reason, trail) = Refused(s.Run(withdraw, OtherOwnerStaff));
        Assert.Contains("withdraws its confirmation", reason);
        Assert.True(trail);
        (_, trail) = Refused(s.Run(withdraw, Official));
        Assert.True(trail);
        Assert.Equal(Certificate, s.Property.CertificateNumber);

        Accepted(s.Run(withdraw, OwnerStaff));
        Assert.Null(s.Property.CertificateNumber);
    }

    [Fact]
    public void a_state_refusal_of_the_owner_is_not_recorded_in_the_trail()
    {
        var (_, trail) = Refused(Confirmed().Run(Confirm, OwnerStaff));

        Assert.False(trail);
    }
}
