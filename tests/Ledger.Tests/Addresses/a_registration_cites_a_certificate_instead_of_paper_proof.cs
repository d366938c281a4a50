using Ledger.Addresses;
using Ledger.Addresses.Certificates;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Addresses;

/// <summary>Case 24: the company cites the owner's certificate by number; the registration checks it at each step.</summary>
public sealed class a_registration_cites_a_certificate_instead_of_paper_proof
{
    private static readonly string Issued = CertificateNumbers.Issue(PropertyId, 1);

    private static AddressScenario Confirmed() => Standardised().Then(s => s.Run(new GiveOwnerConfirmation(PropertyId, AddressId), OwnerStaff));

    [Fact]
    public void citing_the_valid_number_is_accepted()
    {
        var applied = (RegistrationApplied)Accepted(Confirmed().Run(Application with { CertificateNumber = Issued }, Agent));

        Assert.Equal(Issued, applied.CertificateNumber);
    }

    [Fact]
    public void citing_none_takes_the_certificate_in_force()
    {
        var s = Confirmed();

        var applied = (RegistrationApplied)Accepted(s.Run(Application with { CertificateNumber = null }, Agent));

        Assert.Equal(Issued, applied.CertificateNumber);
        Assert.Equal(Issued, s.Registration.CertificateNumber);
        Assert.Contains("cannot be blank", Refused(Confirmed().Run(Application with { CertificateNumber = "" }, Agent)).Reason);
    }

    [Fact]
    public void citing_a_withdrawn_number_is_refused_with_when()
    {
        var s = Confirmed()
            .Then(x => x.Run(new WithdrawOwnerConfirmation(PropertyId, "lease ended"), OwnerStaff))
            .Then(x => x.Run(new GiveOwnerConfirmation(PropertyId, AddressId), OwnerStaff));

        var (reason, _) = Refused(s.Run(Application with { CertificateNumber = Issued }, Agent));

        Assert.Equal($"no registration at {AddressId}: the owner withdrew confirmation {Issued} of property P-1 at 2026-03-02T01:05:00.000000Z", reason);
        Assert.Equal(RegistrationStage.NotApplied, s.Registration.Stage);
    }

    [Fact]
    public void citing_another_propertys_number_is_refused()
    {
        var elsewhere = CertificateNumbers.Issue("P-2", 1);

        var (reason, _) = Refused(Confirmed().Run(Application with { CertificateNumber = elsewhere }, Agent));

        Assert.Equal($"no registration at {AddressId}: certificate {elsewhere} was not issued for property P-1: it is another property's or none", reason);
    }

    [Fact]
    public void a_withdrawal_after_applying_fails_the_check_of_that_certificate()
    {
        var s = Confirmed()
            .Then(x => x.Run(Application with { CertificateNumber = null }, Agent))
            .Then(x => x.Run(new WithdrawOwnerConfirmation(PropertyId, "tenant unknown to us"), OwnerStaff));
        var withdrawnAt = s.Now;
        s.Then(x => x.Run(new GiveOwnerConfirmation(PropertyId, AddressId), OwnerStaff));

        var check = (RegistrationChecked)Accepted(s.Run(new CheckRegistration(RegistrationId, []), Official));

        Assert.Equal(CheckResult.Refused, check.Result);
        Assert.Equal([$"the owner withdrew confirmation {Issued} of property P-1 at {withdrawnAt:yyyy-MM-ddTHH:mm:ss}.000000Z"], check.Reasons);
    }
}
