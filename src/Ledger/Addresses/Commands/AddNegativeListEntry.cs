using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>Put the property's address on the risky-address negative list (风险地址负面清单).</summary>
public sealed record AddNegativeListEntry(string PropertyId, string EntryId, string Reason, string Authority);

public static partial class AddressRules
{
    public static Decision Decide(Property property, AddNegativeListEntry command, Actor actor, DateTimeOffset now)
    {
        const string action = "adding a negative-list entry";
        Checks.SameStream(property.PropertyId, command.PropertyId, "property");
        if (Checks.WrongRole(actor, action, Role.Official, Role.Supervisor) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("entry id", command.EntryId), ("reason", command.Reason), ("authority", command.Authority)) is { } missing)
        {
            return missing;
        }
        if (!property.IsListed)
        {
            return Decision.Refuse($"property {command.PropertyId} is not listed");
        }
        if (property.HasEntry(command.EntryId))
        {
            return Decision.Refuse($"negative-list entry {command.EntryId} already exists on property {command.PropertyId}; entry ids are not reused");
        }
        return Decision.Accept(new NegativeListEntryAdded(
            command.PropertyId, command.EntryId, command.Reason, command.Authority, actor, Checks.Instant(now)));
    }
}
