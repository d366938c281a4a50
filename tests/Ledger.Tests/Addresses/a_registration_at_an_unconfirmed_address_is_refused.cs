using Ledger.Addresses;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Addresses;

public sealed class a_registration_at_an_unconfirmed_address_is_refused
{
    [Fact]
    public void before_the_owner_confirms()
    {
        var s = Standardised();

        var (reason, trail) = Refused(s.Run(Application, Agent));

        Assert.Equal($"no registration at {AddressId}: the owner of property P-1 has not confirmed its use (产权人在线确认)", reason);
        Assert.False(trail);
        Assert.Equal(RegistrationStage.NotApplied, s.Registration.Stage);
    }

    [Fact]
    public void after_the_owner_withdraws()
    {
        var s = Confirmed().Then(x => x.Run(new WithdrawOwnerConfirmation(PropertyId, "lease ended"), OwnerStaff));

        Assert.Contains($"the owner withdrew confirmation {Certificate} of property P-1", Refused(s.Run(Application, Agent)).Reason);
    }

    [Fact]
    public void citing_another_certificate_or_address()
    {
        var s = Confirmed();

        Assert.Contains(
            "certificate CZ-FORGED was not issued for property P-1: it is another property's or none",
            Refused(s.Run(Application with { CertificateNumber = "CZ-FORGED" }, Agent)).Reason);
        Assert.Contains(
            $"has standardised address {AddressId}, not 110108-ELSEWHERE",
            Refused(s.Run(Application with { StandardAddressId = "110108-ELSEWHERE" }, Agent)).Reason);
        Assert.Contains("property P-1 is not listed", Refused(new AddressScenario().Run(Application, Agent)).Reason);
    }

    [Fact]
    public void but_is_applied_for_once_the_owner_has_confirmed()
    {
        var s = Confirmed();

        var applied = (RegistrationApplied)Accepted(s.Run(Application, Agent));

        Assert.Equal(Certificate, applied.CertificateNumber);
        Assert.Empty(applied.NegativeListHits);
        var registration = s.Registration;
        Assert.Equal(RegistrationStage.Applied, registration.Stage);
        Assert.Equal(RegistrationId, registration.ApplicationId);
        Assert.Equal(PropertyId, registration.PropertyId);
        Assert.Equal(AddressId, registration.StandardAddressId);
        Assert.Null(registration.UnifiedCreditCode);
        Assert.Equal(Agent, registration.AppliedBy);
        Assert.Contains("R-1 was already applied for", Refused(s.Run(Application, Agent)).Reason);
    }

    [Fact]
    public void a_withdrawal_after_applying_fails_the_check()
    {
        var s = Applied().Then(x => x.Run(new WithdrawOwnerConfirmation(PropertyId, "tenant unknown to us"), OwnerStaff));

        var check = (RegistrationChecked)Accepted(s.Run(new CheckRegistration(RegistrationId, []), Official));

        Assert.Equal(CheckResult.Refused, check.Result);
        Assert.Equal([$"the owner withdrew confirmation {Certificate} of property P-1 at 2026-03-02T01:06:00.000000Z"], check.Reasons);
        Assert.Contains("has not been checked", Refused(Applied().Run(new CompleteRegistration(RegistrationId, "X"), Official)).Reason);
    }

    [Fact]
    public void a_withdrawal_after_a_passing_check_stops_completion()
    {
        var s = Applied()
            .Then(x => x.Run(new CheckRegistration(RegistrationId, []), Official))
            .Then(x => x.Run(new WithdrawOwnerConfirmation(PropertyId, "tenant unknown to us"), OwnerStaff));

        var (reason, _) = Refused(s.Run(new CompleteRegistration(RegistrationId, "91110108MA01NEWCO1"), Official));

        Assert.StartsWith("since the check at 2026-03-02T01:06:00.000000Z: the owner withdrew confirmation", reason);
        Assert.EndsWith("; check again", reason);
        Assert.Equal(RegistrationStage.Applied, s.Registration.Stage);
    }

    [Fact]
    public void an_application_lacking_its_facts_is_refused_by_name()
    {
        var (reason, _) = Refused(Confirmed().Run(Application with { LegalRepresentativeName = "", CompanyName = " " }, Agent));

        Assert.Equal("applying for registration needs company name, legal representative's name", reason);
        Assert.Contains("must be non-empty, without '/'", Refused(Confirmed().Run(Application with { ApplicationId = "R/1" }, Agent)).Reason);
        Assert.Contains("cannot be blank", Refused(Confirmed().Run(Application with { UnifiedCreditCode = "" }, Agent)).Reason);
    }
}
