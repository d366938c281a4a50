using Ledger.Addresses;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Addresses;

public sealed class a_registration_at_a_negative_listed_address_needs_a_recorded_override
{
    private static readonly CheckRegistration Check = new(RegistrationId, []);

    private static AddressScenario ListedThenApplied() =>
        Confirmed()
            .Then(x => x.Run(new AddNegativeListEntry(PropertyId, "N-1", "一址多照", "海淀区市场监管局"), Supervisor))
            .Then(x => x.Run(Application, Agent));

    [Fact]
    public void the_application_records_the_hit_and_the_check_refuses_it()
    {
        var s = ListedThenApplied();
        Assert.Equal(["N-1"], ((RegistrationApplied)s.RegistrationEvents[0]).NegativeListHits);

        var check = (RegistrationChecked)Accepted(s.Run(Check, Official));

        Assert.Equal(CheckResult.Refused, check.Result);
        Assert.Equal(["the address is on the negative list (风险地址负面清单) by entries N-1 without a recorded override"], check.Reasons);
        Assert.Equal(["N-1"], check.NegativeListHits);
        Assert.Empty(check.Overrides);
        Assert.Contains("refused it: the address is on the negative list", Refused(s.Run(new CompleteRegistration(RegistrationId, "C"), Official)).Reason);
    }

    [Fact]
    public void an_override_by_an_official_or_supervisor_lets_it_pass_and_is_recorded_with_who_and_why()
    {
        var s = ListedThenApplied();

        var granted = (NegativeListOverrideGranted)Accepted(s.Run(new GrantNegativeListOverride(RegistrationId, ["N-1"], "实地核查确有经营"), Supervisor));
        var check = (RegistrationChecked)Accepted(s.Run(Check, Official));

        Assert.Equal(CheckResult.Passed, check.Result);
        Assert.Empty(check.Reasons);
        Assert.Equal(["N-1"], check.NegativeListHits);
        var used = Assert.Single(check.Overrides);
        Assert.Equal(Supervisor, used.By);
        Assert.Equal("实地核查确有经营", used.Reason);
        Assert.Equal(granted.At, used.At);
        Accepted(s.Run(new CompleteRegistration(RegistrationId, "91110108MA01NEWCO1"), Official));
        Assert.Equal(RegistrationStage.Completed, s.Registration.Stage);
    }

    [Fact]
    public void only_an_official_or_supervisor_overrides()
    {
        var s = ListedThenApplied();

        foreach (var actor in new[] { Agent, OwnerStaff, Operator })
        {
            var (reason, trail) = Refused(s.Run(new GrantNegativeListOverride(RegistrationId, ["N-1"], "trust me"), actor));
            Assert.StartsWith("overriding the negative list is for Official or Supervisor", reason);
            Assert.True(trail);
        }
        Accepted(s.Run(new GrantNegativeListOverride(RegistrationId, ["N-1"], "核查无误"), Official));
    }

    [Fact]
    public void an_override_names_entries_in_force_and_gives_a_reason()
    {
        var s = ListedThenApplied();

        Assert.Contains("entries N-9 are not in force on property P-1", Refused(s.Run(new GrantNegativeListOverride(RegistrationId, ["N-1", "N-9"], "x"), Official)).Reason);
        Assert.Contains("names the negative-list entries", Refused(s.Run(new GrantNegativeListOverride(RegistrationId, [], "x"), Official)).Reason);
        Assert.Contains("needs reason", Refused(s.Run(new GrantNegativeListOverride(RegistrationId, ["N-1"], ""), Official)).Reason);
        Assert.Contains("is NotApplied", Refused(Confirmed().Run(new GrantNegativeListOverride(RegistrationId, ["N-1"], "x"), Official)).Reason);
    }

    [Fact]
    public void an_override_does_not_cover_an_entry_added_after_it()
    {
        var s = ListedThenApplied()
            .Then(x => x.Run(new GrantNegativeListOverride(RegistrationId, ["N-1"], "核查无误"), Official))
            .Then(x => x.Run(new AddNegativeListEntry(PropertyId, "N-2", "群众举报", "海淀区市场监管局"), Official));

        var check = (RegistrationChecked)Accepted(s.Run(Check, Official));

        Assert.Equal(CheckResult.Refused, check.Result);
        Assert.Equal(["N-1", "N-2"], check.NegativeListHits);
        Assert.Contains("by entries N-2 without", Assert.Single(check.Reasons));
    }

    [Fact]
    public void an_entry_added_after_a_passing_check_stops_completion()
    {
        var s = Applied()
            .Then(x => x.Run(Check, Official))
            .Then(x => x.Run(new AddNegativeListEntry(PropertyId, "N-3", "虚假地址", "海淀区市场监管局"), Supervisor));

        Assert.Contains("by entries N-3 without a recorded override; check again", Refused(s.Run(new CompleteRegistration(RegistrationId, "C"), Official)).Reason);
    }

    [Fact]
    public void a_lifted_entry_needs_no_override()
    {
        var s = ListedThenApplied().Then(x => x.Run(new LiftNegativeListEntry(PropertyId, "N-1", "整改完毕", "海淀区市场监管局"), Official));

        var check = (RegistrationChecked)Accepted(s.Run(Check, Official));

        Assert.Equal(CheckResult.Passed, check.Result);
        Assert.Empty(check.NegativeListHits);
    }
}
