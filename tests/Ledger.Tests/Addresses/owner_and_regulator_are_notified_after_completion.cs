using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Addresses;

public sealed class owner_and_regulator_are_notified_after_completion
{
    private static readonly NotifyOwnerAndRegulator Notify = new(RegistrationId, "海淀区市场监管局中关村所");

    [Fact]
    public void not_before_completion()
    {
        var s = Applied().Then(x => x.Run(new CheckRegistration(RegistrationId, []), Official));

        Assert.Contains("owner and regulator are notified after completion", Refused(s.Run(Notify, Operator)).Reason);
    }

    [Fact]
    public void once_after_completion_naming_the_owner()
    {
        var s = Completed();

        var notified = (OwnerAndRegulatorNotified)Accepted(s.Run(Notify, Operator));

        Assert.Equal(OwnerCode, notified.OwnerId);
        Assert.Equal(PropertyId, notified.PropertyId);
        Assert.Equal("海淀区市场监管局中关村所", notified.Regulator);
        Assert.Equal(notified.At, s.Registration.NotifiedAt);
        Assert.Contains("were already notified at", Refused(s.Run(Notify, Official)).Reason);
    }

    [Fact]
    public void by_an_official_or_the_bureau_only()
    {
        var (reason, trail) = Refused(Completed().Run(Notify, OwnerStaff));

        Assert.StartsWith("notifying owner and regulator is for Official or CentreOperator", reason);
        Assert.True(trail);
    }
}
