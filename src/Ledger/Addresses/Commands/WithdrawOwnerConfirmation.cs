using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>The owner withdraws the confirmation in force; no registration may cite it from then on.</summary>
public sealed record WithdrawOwnerConfirmation(string PropertyId, string Reason);

public static partial class AddressRules
{
    public static Decision Decide(Property property, WithdrawOwnerConfirmation command, Actor actor, DateTimeOffset now)
    {
        const string action = "withdrawing a property's confirmation";
        Checks.SameStream(property.PropertyId, command.PropertyId, "property");
        if (Checks.WrongRole(actor, action, Role.PropertyOwner) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("reason", command.Reason)) is { } missing)
        {
            return missing;
        }
        if (!property.IsListed)
        {
            return Decision.Refuse($"property {command.PropertyId} is not listed");
        }
        if (!property.Owner.IsActedForBy(actor))
        {
            return Decision.Refuse(
                $"only the owner {property.Owner.Id} of property {command.PropertyId} withdraws its confirmation; {actor.PersonId} of {actor.Organisation} is not the owner",
                recordInTrail: true);
        }
        if (property.CertificateNumber is null)
        {
            return Decision.Refuse($"property {command.PropertyId} has no owner's confirmation in force to withdraw");
        }
        return Decision.Accept(new OwnerConfirmationWithdrawn(
            command.PropertyId, property.CertificateNumber, command.Reason, actor, Checks.Instant(now)));
    }
}
