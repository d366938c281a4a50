using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>Lift a negative-list entry in force on the property.</summary>
public sealed record LiftNegativeListEntry(string PropertyId, string EntryId, string Reason, string Authority);

public static partial class AddressRules
{
    public static Decision Decide(Property property, LiftNegativeListEntry command, Actor actor, DateTimeOffset now)
    {
        const string action = "lifting a negative-list entry";
        Checks.SameStream(property.PropertyId, command.PropertyId, "property");
        if (Checks.WrongRole(actor, action, Role.Official, Role.Supervisor) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("entry id", command.EntryId), ("reason", command.Reason), ("authority", command.Authority)) is { } missing)
        {
            return missing;
        }
        if (!property.NegativeList.ContainsKey(command.EntryId))
        {
            return Decision.Refuse($"negative-list entry {command.EntryId} is not in force on property {command.PropertyId}");
        }
        return Decision.Accept(new NegativeListEntryLifted(
            command.PropertyId, command.EntryId, command.Reason, command.Authority, actor, Checks.Instant(now)));
    }
}
