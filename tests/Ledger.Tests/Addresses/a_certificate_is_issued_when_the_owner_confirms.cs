using Ledger.Addresses.Certificates;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Addresses;

public sealed class a_certificate_is_issued_when_the_owner_confirms
{
    [Fact]
    public void under_a_number_the_ledger_gives_it()
    {
        var s = Standardised();

        var given = (OwnerConfirmationGiven)Accepted(s.Run(new GiveOwnerConfirmation(PropertyId, AddressId), OwnerStaff));

        Assert.Equal(CertificateNumbers.Issue(PropertyId, 1), given.CertificateNumber);
        Assert.Matches("^CZ-[A-Z2-7]{16}$", given.CertificateNumber);
        Assert.True(CertificateNumbers.HasIssuedForm(given.CertificateNumber));
        Assert.Equal(given.CertificateNumber, s.Property.CertificateNumber);
    }

    [Fact]
    public void a_new_confirmation_after_a_withdrawal_gets_a_new_number()
    {
        var s = Standardised()
            .Then(x => x.Run(new GiveOwnerConfirmation(PropertyId, AddressId), OwnerStaff))
            .Then(x => x.Run(new WithdrawOwnerConfirmation(PropertyId, "lease ended"), OwnerStaff));

        var again = (OwnerConfirmationGiven)Accepted(s.Run(new GiveOwnerConfirmation(PropertyId, AddressId), OwnerStaff));

        Assert.Equal(CertificateNumbers.Issue(PropertyId, 2), again.CertificateNumber);
        Assert.NotEqual(CertificateNumbers.Issue(PropertyId, 1), again.CertificateNumber);
        Assert.NotEqual(CertificateNumbers.Issue("P-2", 1), CertificateNumbers.Issue(PropertyId, 1));
    }

    [Fact]
    public void an_owner_cannot_choose_a_number_of_the_ledgers_form()
    {
        var s = Standardised();
        var forged = CertificateNumbers.Issue("P-2", 1);

        var (reason, _) = Refused(s.Run(new GiveOwnerConfirmation(PropertyId, AddressId, forged), OwnerStaff));

        Assert.Equal($"certificate number {forged} has the form of the ledger's own numbers, which only the ledger issues; give none", reason);
        Assert.Contains("without control characters", Refused(s.Run(new GiveOwnerConfirmation(PropertyId, AddressId, " "), OwnerStaff)).Reason);
        Assert.Null(s.Property.CertificateNumber);
    }

    [Fact]
    public void the_certificate_shows_what_it_certifies_and_then_its_withdrawal()
    {
        var s = Standardised().Then(x => x.Run(new GiveOwnerConfirmation(PropertyId, AddressId), OwnerStaff));
        var number = s.Property.CertificateNumber!;
        var ids = s.PropertyEvents.Select(_ => Guid.NewGuid()).ToList();

        var valid = AddressCertificate.Find(number, [.. ids.Zip(s.PropertyEvents)])!;

        Assert.Equal(CertificateStatus.Valid, valid.Status);
        Assert.Equal((PropertyId, AddressId, "北京市海淀区中关村大街1号3层301", "京(2020)海淀区不动产权第0001234号"),
            (valid.PropertyId, valid.StandardAddressId, valid.StandardAddressText, valid.RegistryRecordNumber));
        Assert.Equal((OwnerKind.Organisation, OwnerCode, OrganisationOwner.OrganisationName), (valid.OwnerKind, valid.OwnerId, valid.OwnerName));
        Assert.Equal((ids[^1], s.Now), (valid.ConfirmationEventId, valid.ConfirmedAt));
        Assert.Equal(ids, valid.EvidenceEventIds);
        Assert.Null(valid.WithdrawnAt);

        s.Then(x => x.Run(new AddNegativeListEntry(PropertyId, "NL-1", "crowded", "HD-AMR"), Official))
            .Then(x => x.Run(new WithdrawOwnerConfirmation(PropertyId, "lease ended"), OwnerStaff));
        ids.AddRange([Guid.NewGuid(), Guid.NewGuid()]);

        var withdrawn = AddressCertificate.Find(number, [.. ids.Zip(s.PropertyEvents)])!;

        Assert.Equal(CertificateStatus.Withdrawn, withdrawn.Status);
        Assert.Equal((s.Now, "lease ended", ids[^1]), (withdrawn.WithdrawnAt!.Value, withdrawn.WithdrawalReason, withdrawn.WithdrawalEventId!.Value));
        Assert.Equal([.. ids[..4], ids[^1]], withdrawn.EvidenceEventIds);
        Assert.Null(AddressCertificate.Find("CZ-UNKNOWN", [.. ids.Zip(s.PropertyEvents)]));
    }
}
