using Ledger.Addresses;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Addresses;

public sealed class a_property_becomes_a_confirmed_standard_address
{
    [Fact]
    public void listing_matching_standardising_and_confirming_build_the_property()
    {
        var s = Confirmed();
        var property = s.Property;

        Assert.True(property.IsListed);
        Assert.Equal(PropertyId, property.PropertyId);
        Assert.Equal(OrganisationOwner, property.Owner);
        Assert.Equal("京(2020)海淀区不动产权第0001234号", property.RegistryRecordNumber);
        Assert.Equal([RegistryField.Owner, RegistryField.Location, RegistryField.Use], property.MatchedFields);
        Assert.Equal(AddressId, property.StandardAddressId);
        Assert.Equal(Certificate, property.CertificateNumber);
        Assert.Equal(((OwnerConfirmationGiven)s.PropertyEvents[^1]).At, property.ConfirmedAt);
        Assert.Empty(property.NegativeList);
    }

    [Fact]
    public void each_step_waits_for_the_one_before()
    {
        var s = new AddressScenario();
        Assert.Contains("P-1 is not listed", Refused(s.Run(new MatchPropertyToRegistry(PropertyId, "R", [RegistryField.Owner, RegistryField.Location]), Operator)).Reason);

        s.Then(x => x.Run(new ListProperty(PropertyId, OrganisationOwner, "中关村大街1号"), OwnerStaff));
        Assert.Contains("not matched to the real-estate registry", Refused(s.Run(new AssignStandardAddress(PropertyId, AddressId, "地址"), Operator)).Reason);
        Assert.Contains("no standardised address to confirm", Refused(s.Run(new GiveOwnerConfirmation(PropertyId, AddressId, Certificate), OwnerStaff)).Reason);

        s.Then(x => x.Run(new MatchPropertyToRegistry(PropertyId, "R-1", [RegistryField.Location, RegistryField.Owner]), Official));
        s.Then(x => x.Run(new AssignStandardAddress(PropertyId, AddressId, "地址"), Official));
        s.Then(x => x.Run(new GiveOwnerConfirmation(PropertyId, AddressId, Certificate), OwnerStaff));
    }

    [Fact]
    public void a_registry_record_that_does_not_match_owner_and_location_is_refused()
    {
        var s = new AddressScenario().Then(x => x.Run(new ListProperty(PropertyId, OrganisationOwner, "中关村大街1号"), OwnerStaff));

        var (reason, trail) = Refused(s.Run(new MatchPropertyToRegistry(PropertyId, "R-1", [RegistryField.Location, RegistryField.Use]), Operator));
        Assert.Contains("does not match property P-1 in Owner", reason);
        Assert.False(trail);
        Accepted(s.Run(new MatchPropertyToRegistry(PropertyId, "R-1", [RegistryField.Location, RegistryField.Owner, RegistryField.Owner]), Operator));
        Assert.Equal([RegistryField.Owner, RegistryField.Location], s.Property.MatchedFields);
        Assert.Contains("already matched to registry record R-1", Refused(s.Run(new MatchPropertyToRegistry(PropertyId, "R-2", [RegistryField.Owner, RegistryField.Location]), Operator)).Reason);
    }

    [Fact]
    public void a_property_is_listed_and_standardised_once()
    {
        var s = Confirmed();

        Assert.Contains("P-1 is already listed", Refused(s.Run(new ListProperty(PropertyId, OrganisationOwner, "x"), OwnerStaff)).Reason);
        Assert.Contains("already has standardised address", Refused(s.Run(new AssignStandardAddress(PropertyId, "other", "x"), Operator)).Reason);
    }

    [Fact]
    public void the_owner_confirms_the_address_shown_with_a_new_certificate_each_time()
    {
        var s = Standardised();

        Assert.Contains($"has standardised address {AddressId}, not 110108-OTHER", Refused(s.Run(new GiveOwnerConfirmation(PropertyId, "110108-OTHER", Certificate), OwnerStaff)).Reason);
        s.Then(x => x.Run(new GiveOwnerConfirmation(PropertyId, AddressId, Certificate), OwnerStaff));
        Assert.Contains($"confirmation {Certificate} of property P-1 is already in force", Refused(s.Run(new GiveOwnerConfirmation(PropertyId, AddressId, "CZ-2"), OwnerStaff)).Reason);

        s.Then(x => x.Run(new WithdrawOwnerConfirmation(PropertyId, "lease ended"), OwnerStaff));
        Assert.Null(s.Property.CertificateNumber);
        Assert.Contains(Certificate, s.Property.WithdrawnCertificates);
        Assert.Contains("was already used on property P-1", Refused(s.Run(new GiveOwnerConfirmation(PropertyId, AddressId, Certificate), OwnerStaff)).Reason);
        Assert.Contains("no owner's confirmation in force to withdraw", Refused(s.Run(new WithdrawOwnerConfirmation(PropertyId, "again"), OwnerStaff)).Reason);

        s.Then(x => x.Run(new GiveOwnerConfirmation(PropertyId, AddressId, "CZ-2"), OwnerStaff));
        Assert.Equal("CZ-2", s.Property.CertificateNumber);
    }

    [Fact]
    public void the_withdrawal_names_the_certificate_it_ends()
    {
        var s = Confirmed();

        var withdrawn = (OwnerConfirmationWithdrawn)Accepted(s.Run(new WithdrawOwnerConfirmation(PropertyId, "lease ended"), OwnerStaff));

        Assert.Equal(Certificate, withdrawn.CertificateNumber);
        Assert.Equal(OwnerStaff, withdrawn.By);
    }

    [Fact]
    public void negative_list_entries_come_and_go_and_their_ids_are_not_reused()
    {
        var s = Confirmed();

        s.Then(x => x.Run(new AddNegativeListEntry(PropertyId, "N-1", "虚假登记高发", "海淀区市场监管局"), Official));
        s.Then(x => x.Run(new AddNegativeListEntry(PropertyId, "N-2", "违章建筑", "海淀区城管执法局"), Supervisor));
        Assert.Equal(["N-1", "N-2"], s.Property.NegativeList.Keys.Order());
        Assert.Equal("违章建筑", s.Property.NegativeList["N-2"].Reason);
        Assert.Equal(Supervisor, s.Property.NegativeList["N-2"].AddedBy);

        s.Then(x => x.Run(new LiftNegativeListEntry(PropertyId, "N-1", "整改完毕", "海淀区市场监管局"), Official));
        Assert.Equal(["N-2"], s.Property.NegativeList.Keys);
        Assert.Contains("N-1 is not in force", Refused(s.Run(new LiftNegativeListEntry(PropertyId, "N-1", "again", "x"), Official)).Reason);
        Assert.Contains("N-1 already exists", Refused(s.Run(new AddNegativeListEntry(PropertyId, "N-1", "again", "x"), Official)).Reason);
        Assert.Contains("needs reason, authority", Refused(s.Run(new AddNegativeListEntry(PropertyId, "N-3", " ", ""), Official)).Reason);
    }
}
