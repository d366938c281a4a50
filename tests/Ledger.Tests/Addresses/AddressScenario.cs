using Ledger.Actions;
using Ledger.Addresses;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;

namespace Ledger.Tests.Addresses;

/// <summary>
/// One property and one company registration at it, driven through the rules as the store would: each command is
/// decided against the state folded from the events so far, and accepted events are kept. The clock moves a
/// minute per command so that every event has its own time.
/// </summary>
internal sealed class AddressScenario
{
    public const string PropertyId = "P-1";
    public const string RegistrationId = "R-1";
    public const string AddressId = "110108-ZGC-0001-0301";
    public const string Certificate = "CZ-2026-000123";
    public const string OwnerCode = "91110108MA01OWNER1";

    public static readonly Actor OwnerStaff = new("u-owner-1", "王五", OwnerCode, Role.PropertyOwner);
    public static readonly Actor OtherOwnerStaff = new("u-owner-9", "孙七", "91110108MA01OTHER9", Role.PropertyOwner);
    public static readonly Actor Official = new("u-official-1", "赵六", "HD-AMR", Role.Official);
    public static readonly Actor OtherOfficial = new("u-official-2", "钱八", "HD-AMR", Role.Official);
    public static readonly Actor Supervisor = new("u-supervisor-1", "周九", "HD-SUPERVISION", Role.Supervisor);
    public static readonly Actor Operator = new("u-operator-1", null, "HD-ZWFW", Role.CentreOperator);
    public static readonly Actor Agent = new("u-applicant-1", "吴十", "91110108MA01AGENT1", Role.Applicant);

    public static readonly Owner OrganisationOwner = new(OwnerKind.Organisation, OwnerCode, "北京中关村科技园运营有限公司", null, null);

    public static readonly ApplyForRegistration Application = new(
        RegistrationId, "北京云账本科技有限公司", null, "李雷", "110108199001011234", PropertyId, AddressId, Certificate);

    public List<object> PropertyEvents { get; } = [];

    public List<object> RegistrationEvents { get; } = [];

    public DateTimeOffset Now { get; set; } = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public Property Property => Property.Replay(PropertyEvents);

    public CompanyRegistration Registration => CompanyRegistration.Replay(RegistrationEvents);

    /// <summary>A property listed by its organisation owner, matched, standardised and confirmed with <see cref="Certificate"/>.</summary>
    public static AddressScenario Confirmed() => Standardised().Then(s => s.Run(new GiveOwnerConfirmation(PropertyId, AddressId, Certificate), OwnerStaff));

    /// <summary>A property of <paramref name="owner"/> (by default <see cref="OrganisationOwner"/>), listed, matched and standardised, not confirmed.</summary>
    public static AddressScenario Standardised(Owner? owner = null) =>
        new AddressScenario()
            .Then(s => s.Run(new ListProperty(PropertyId, owner ?? OrganisationOwner, "海淀区中关村大街1号3层301"), Operator))
            .Then(s => s.Run(new MatchPropertyToRegistry(PropertyId, "京(2020)海淀区不动产权第0001234号", [RegistryField.Owner, RegistryField.Location, RegistryField.Use]), Operator))
            .Then(s => s.Run(new AssignStandardAddress(PropertyId, AddressId, "北京市海淀区中关村大街1号3层301"), Operator));

    /// <summary>A confirmed property with <see cref="Application"/> applied for at it.</summary>
    public static AddressScenario Applied() => Confirmed().Then(s => s.Run(Application, Agent));

    /// <summary>An applied registration, checked and completed by <see cref="Official"/>.</summary>
    public static AddressScenario Completed() =>
        Applied()
            .Then(s => s.Run(new CheckRegistration(RegistrationId, []), Official))
            .Then(s => s.Run(new CompleteRegistration(RegistrationId, "91110108MA01NEWCO1"), Official));

    /// <summary>Runs a step of the set-up, which must be accepted.</summary>
    public AddressScenario Then(Func<AddressScenario, Decision> step)
    {
        Accepted(step(this));
        return this;
    }

    public Decision Run(ListProperty command, Actor actor) => OnProperty(AddressRules.Decide(Property, command, actor, Tick()));

    public Decision Run(MatchPropertyToRegistry command, Actor actor) => OnProperty(AddressRules.Decide(Property, command, actor, Tick()));

    public Decision Run(AssignStandardAddress command, Actor actor) => OnProperty(AddressRules.Decide(Property, command, actor, Tick()));

    public Decision Run(GiveOwnerConfirmation command, Actor actor) => OnProperty(AddressRules.Decide(Property, command, actor, Tick()));

    public Decision Run(WithdrawOwnerConfirmation command, Actor actor) => OnProperty(AddressRules.Decide(Property, command, actor, Tick()));

    public Decision Run(AddNegativeListEntry command, Actor actor) => OnProperty(AddressRules.Decide(Property, command, actor, Tick()));

    public Decision Run(LiftNegativeListEntry command, Actor actor) => OnProperty(AddressRules.Decide(Property, command, actor, Tick()));

    public Decision Run(ApplyForRegistration command, Actor actor) => OnRegistration(AddressRules.Decide(Registration, Property, command, actor, Tick()));

    public Decision Run(GrantNegativeListOverride command, Actor actor) => OnRegistration(AddressRules.Decide(Registration, Property, command, actor, Tick()));

    public Decision Run(CheckRegistration command, Actor actor) => OnRegistration(AddressRules.Decide(Registration, Property, command, actor, Tick()));

    public Decision Run(CompleteRegistration command, Actor actor) => OnRegistration(AddressRules.Decide(Registration, Property, command, actor, Tick()));

    public Decision Run(NotifyOwnerAndRegulator command, Actor actor) => OnRegistration(AddressRules.Decide(Registration, Property, command, actor, Tick()));

    public Decision Run(RecordInspection command, Actor actor) => OnRegistration(AddressRules.Decide(Registration, command, actor, Tick()));

    /// <summary>The one event of a decision the test expects to be accepted; fails with the refusal if it is not.</summary>
    public static object Accepted(Decision decision)
    {
        Assert.True(decision.IsAccepted, decision.Refusal);
        return Assert.Single(decision.Events);
    }

    /// <summary>The refusal of a decision the test expects to be refused, and whether it goes to the actor's trail.</summary>
    public static (string Reason, bool RecordInTrail) Refused(Decision decision)
    {
        Assert.False(decision.IsAccepted, "the command was accepted");
        Assert.Empty(decision.Events);
        return (decision.Refusal!, decision.RecordInTrail);
    }

    private DateTimeOffset Tick() => Now = Now.AddMinutes(1);

    private Decision OnProperty(Decision decision)
    {
        PropertyEvents.AddRange(decision.Events);
        return decision;
    }

    private Decision OnRegistration(Decision decision)
    {
        RegistrationEvents.AddRange(decision.Events);
        return decision;
    }
}
