using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>
/// Record that the listing matches a real-estate registry (不动产登记) record. Owner and location must both match:
/// they are what makes the owner's later confirmation worth anything.
/// </summary>
public sealed record MatchPropertyToRegistry(string PropertyId, string RegistryRecordNumber, IReadOnlyList<RegistryField> MatchedFields);

public static partial class AddressRules
{
    public static Decision Decide(Property property, MatchPropertyToRegistry command, Actor actor, DateTimeOffset now)
    {
        const string action = "matching a property to the registry";
        Checks.SameStream(property.PropertyId, command.PropertyId, "property");
        if (Checks.WrongRole(actor, action, Role.Official, Role.CentreOperator) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("registry record number", command.RegistryRecordNumber)) is { } missing)
        {
            return missing;
        }
        if (!property.IsListed)
        {
            return Decision.Refuse($"property {command.PropertyId} is not listed");
        }
        if (property.RegistryRecordNumber is not null)
        {
            return Decision.Refuse($"property {command.PropertyId} is already matched to registry record {property.RegistryRecordNumber}");
        }
        var fields = command.MatchedFields.Distinct().Order().ToList();
        var unmatched = new[] { RegistryField.Owner, RegistryField.Location }.Except(fields).ToList();
        if (unmatched.Count > 0)
        {
            return Decision.Refuse(
                $"registry record {command.RegistryRecordNumber} does not match property {command.PropertyId} in {string.Join(", ", unmatched)}; owner and location must match");
        }
        return Decision.Accept(new PropertyMatchedToRegistry(command.PropertyId, command.RegistryRecordNumber, fields, actor, Checks.Instant(now)));
    }
}
