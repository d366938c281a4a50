using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>Give a registry-matched property its standardised address (标准化地址).</summary>
public sealed record AssignStandardAddress(string PropertyId, string StandardAddressId, string Text);

public static partial class AddressRules
{
    public static Decision Decide(Property property, AssignStandardAddress command, Actor actor, DateTimeOffset now)
    {
        const string action = "assigning a standardised address";
        Checks.SameStream(property.PropertyId, command.PropertyId, "property");
        if (Checks.WrongRole(actor, action, Role.Official, Role.CentreOperator) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("standard address id", command.StandardAddressId), ("address text", command.Text)) is { } missing)
        {
            return missing;
        }
        if (!property.IsListed)
        {
            return Decision.Refuse($"property {command.PropertyId} is not listed");
        }
        if (property.RegistryRecordNumber is null)
        {
            return Decision.Refuse($"property {command.PropertyId} is not matched to the real-estate registry (不动产登记) yet");
        }
        if (property.StandardAddressId is not null)
        {
            return Decision.Refuse($"property {command.PropertyId} already has standardised address {property.StandardAddressId}");
        }
        return Decision.Accept(new StandardAddressAssigned(command.PropertyId, command.StandardAddressId, command.Text, actor, Checks.Instant(now)));
    }
}
