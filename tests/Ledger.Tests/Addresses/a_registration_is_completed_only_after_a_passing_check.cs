using Ledger.Addresses;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Addresses;

public sealed class a_registration_is_completed_only_after_a_passing_check
{
    private static readonly CompleteRegistration Complete = new(RegistrationId, "91110108MA01NEWCO1");

    [Fact]
    public void not_before_any_check()
    {
        Assert.Equal("registration R-1 has not been checked", Refused(Applied().Run(Complete, Official)).Reason);
        Assert.Contains("R-1 is NotApplied", Refused(Confirmed().Run(Complete, Official)).Reason);
    }

    [Fact]
    public void not_after_a_check_the_official_refused()
    {
        var s = Applied();
        var check = (RegistrationChecked)Accepted(s.Run(new CheckRegistration(RegistrationId, ["经营范围含前置许可项目", " "]), Official));

        Assert.Equal(CheckResult.Refused, check.Result);
        Assert.Equal(["经营范围含前置许可项目"], check.Reasons);
        Assert.EndsWith("refused it: 经营范围含前置许可项目", Refused(s.Run(Complete, Official)).Reason);
    }

    [Fact]
    public void a_later_passing_check_counts_and_the_registration_completes()
    {
        var s = Applied()
            .Then(x => x.Run(new CheckRegistration(RegistrationId, ["材料不清"]), Official))
            .Then(x => x.Run(new CheckRegistration(RegistrationId, []), OtherOfficial));

        var completed = (RegistrationCompleted)Accepted(s.Run(Complete, Official));

        var registration = s.Registration;
        Assert.Equal(CheckResult.Passed, registration.LatestCheck!.Result);
        Assert.Equal(OtherOfficial, registration.LatestCheck.By);
        Assert.Equal(RegistrationStage.Completed, registration.Stage);
        Assert.Equal("91110108MA01NEWCO1", registration.UnifiedCreditCode);
        Assert.Equal(Official, registration.CompletedBy);
        Assert.Equal(completed.At, registration.CompletedAt);
        Assert.Contains("R-1 is Completed", Refused(s.Run(Complete, Official)).Reason);
        Assert.Contains("only an application under way is checked", Refused(s.Run(new CheckRegistration(RegistrationId, []), Official)).Reason);
    }

    [Fact]
    public void a_company_moving_in_keeps_its_credit_code()
    {
        var s = Confirmed()
            .Then(x => x.Run(Application with { UnifiedCreditCode = "91110108MA01MOVER1" }, Agent))
            .Then(x => x.Run(new CheckRegistration(RegistrationId, []), Official));

        Assert.Contains("applied with unified credit code 91110108MA01MOVER1, not 91110108MA01NEWCO1", Refused(s.Run(Complete, Official)).Reason);
        Accepted(s.Run(Complete with { UnifiedCreditCode = "91110108MA01MOVER1" }, Official));
    }
}
