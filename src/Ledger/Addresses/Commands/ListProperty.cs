using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>List a property as a business address; the owner or operator (产权方/运营机构) does it, or the bureau for them.</summary>
public sealed record ListProperty(string PropertyId, Owner Owner, string DeclaredAddress);

public static partial class AddressRules
{
    public static Decision Decide(Property property, ListProperty command, Actor actor, DateTimeOffset now)
    {
        const string action = "listing a property";
        Checks.SameStream(property.PropertyId, command.PropertyId, "property");
        if (Checks.WrongRole(actor, action, Role.PropertyOwner, Role.CentreOperator) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("declared address", command.DeclaredAddress)) is { } missing)
        {
            return missing;
        }
        if (Checks.StreamId(command.PropertyId, "property id") is { } badId)
        {
            return badId;
        }
        if (command.Owner.Problem() is { } problem)
        {
            return Decision.Refuse(problem);
        }
        if (property.IsListed)
        {
            return Decision.Refuse($"property {command.PropertyId} is already listed");
        }
        return Decision.Accept(new PropertyListed(command.PropertyId, command.Owner, command.DeclaredAddress, actor, Checks.Instant(now)));
    }
}
