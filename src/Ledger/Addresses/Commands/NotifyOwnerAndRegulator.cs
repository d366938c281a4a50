using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>双告知 after a registration is completed: the property's owner and the supervising department are told.</summary>
/// <param name="Regulator">The supervising department notified.</param>
public sealed record NotifyOwnerAndRegulator(string ApplicationId, string Regulator);

public static partial class AddressRules
{
    /// <param name="property">The property the registration is at, whose owner is notified.</param>
    public static Decision Decide(
        CompanyRegistration registration, Property property, NotifyOwnerAndRegulator command, Actor actor, DateTimeOffset now)
    {
        const string action = "notifying owner and regulator";
        Checks.SameStream(registration.ApplicationId, command.ApplicationId, "registration");
        if (Checks.WrongRole(actor, action, Role.Official, Role.CentreOperator) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("regulator", command.Regulator)) is { } missing)
        {
            return missing;
        }
        if (registration.Stage != RegistrationStage.Completed)
        {
            return Decision.Refuse($"registration {command.ApplicationId} is {registration.Stage}; owner and regulator are notified after completion");
        }
        if (registration.NotifiedAt is { } notifiedAt)
        {
            return Decision.Refuse($"owner and regulator of registration {command.ApplicationId} were already notified at {Checks.When(notifiedAt)}");
        }
        SameProperty(registration, property);
        return Decision.Accept(new OwnerAndRegulatorNotified(
            command.ApplicationId, property.PropertyId, property.Owner!.Id, command.Regulator, actor, Checks.Instant(now)));
    }
}
