using Ledger.Actions;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Addresses;

public sealed class only_the_right_roles_act_on_addresses
{
    private static readonly ListProperty List = new(PropertyId, OrganisationOwner, "中关村大街1号");
    private static readonly MatchPropertyToRegistry Match = new(PropertyId, "R-1", [RegistryField.Owner, RegistryField.Location]);

    private static readonly Dictionary<string, (Func<AddressScenario> Given, Func<AddressScenario, Actor, Decision> When, Actor Wrong, Actor Right)> Cases = new()
    {
        ["list"] = (() => new AddressScenario(), (s, a) => s.Run(List, a), Agent, OwnerStaff),
        ["match"] = (() => new AddressScenario().Then(s => s.Run(List, Operator)), (s, a) => s.Run(Match, a), OwnerStaff, Official),
        ["standardise"] = (
            () => new AddressScenario().Then(s => s.Run(List, Operator)).Then(s => s.Run(Match, Operator)),
            (s, a) => s.Run(new AssignStandardAddress(PropertyId, AddressId, "地址"), a), Supervisor, Official),
        ["add entry"] = (Confirmed, (s, a) => s.Run(new AddNegativeListEntry(PropertyId, "N-1", "r", "HD-AMR"), a), Operator, Supervisor),
        ["lift entry"] = (
            () => Confirmed().Then(s => s.Run(new AddNegativeListEntry(PropertyId, "N-1", "r", "HD-AMR"), Official)),
            (s, a) => s.Run(new LiftNegativeListEntry(PropertyId, "N-1", "r", "HD-AMR"), a), OwnerStaff, Official),
        ["apply"] = (Confirmed, (s, a) => s.Run(Application, a), Official, Agent),
        ["check"] = (Applied, (s, a) => s.Run(new CheckRegistration(RegistrationId, []), a), Supervisor, Official),
        ["complete"] = (
            () => Applied().Then(s => s.Run(new CheckRegistration(RegistrationId, []), Official)),
            (s, a) => s.Run(new CompleteRegistration(RegistrationId, "C-1"), a), Operator, Official),
    };

    [Theory]
    [InlineData("list")]
    [InlineData("match")]
    [InlineData("standardise")]
    [InlineData("add entry")]
    [InlineData("lift entry")]
    [InlineData("apply")]
    [InlineData("check")]
    [InlineData("complete")]
    public void a_wrong_role_is_refused_and_recorded_and_the_right_one_accepted(string action)
    {
        var (given, when, wrong, right) = Cases[action];
        var s = given();
        var before = (s.PropertyEvents.Count, s.RegistrationEvents.Count);

        var (reason, trail) = Refused(when(s, wrong));

        Assert.True(trail);
        Assert.Contains($"{wrong.PersonId} of {wrong.Organisation} acted as {wrong.Role}", reason);
        Assert.Equal(before, (s.PropertyEvents.Count, s.RegistrationEvents.Count));
        Accepted(when(s, right));
    }
}
