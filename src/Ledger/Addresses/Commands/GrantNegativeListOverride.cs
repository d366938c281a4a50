using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>An official or supervisor lets this registration pass the negative-list entries named, and says why.</summary>
public sealed record GrantNegativeListOverride(string ApplicationId, IReadOnlyList<string> EntryIds, string Reason);

public static partial class AddressRules
{
    /// <param name="property">The property the registration is at, as it stands now.</param>
    public static Decision Decide(
        CompanyRegistration registration, Property property, GrantNegativeListOverride command, Actor actor, DateTimeOffset now)
    {
        const string action = "overriding the negative list";
        Checks.SameStream(registration.ApplicationId, command.ApplicationId, "registration");
        if (Checks.WrongRole(actor, action, Role.Official, Role.Supervisor) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("reason", command.Reason)) is { } missing)
        {
            return missing;
        }
        if (registration.Stage != RegistrationStage.Applied)
        {
            return Decision.Refuse($"registration {command.ApplicationId} is {registration.Stage}; an override is for an application under way");
        }
        SameProperty(registration, property);
        var entries = command.EntryIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (entries.Count == 0)
        {
            return Decision.Refuse("an override names the negative-list entries it lets pass");
        }
        var notInForce = entries.Where(e => !property.NegativeList.ContainsKey(e)).ToList();
        if (notInForce.Count > 0)
        {
            return Decision.Refuse($"entries {string.Join(", ", notInForce)} are not in force on property {property.PropertyId}");
        }
        return Decision.Accept(new NegativeListOverrideGranted(command.ApplicationId, entries, command.Reason, actor, Checks.Instant(now)));
    }
}
