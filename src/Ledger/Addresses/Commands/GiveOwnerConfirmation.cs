using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>
/// The owner confirms online (产权人在线确认) that companies may register at the standardised address they name;
/// naming it guards against confirming an address other than the one shown.
/// </summary>
public sealed record GiveOwnerConfirmation(string PropertyId, string StandardAddressId, string CertificateNumber);

public static partial class AddressRules
{
    public static Decision Decide(Property property, GiveOwnerConfirmation command, Actor actor, DateTimeOffset now)
    {
        const string action = "confirming a property's use";
        Checks.SameStream(property.PropertyId, command.PropertyId, "property");
        if (Checks.WrongRole(actor, action, Role.PropertyOwner) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("standard address id", command.StandardAddressId), ("certificate number", command.CertificateNumber)) is { } missing)
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
                $"only the owner {property.Owner.Id} of property {command.PropertyId} confirms its use; {actor.PersonId} of {actor.Organisation} is not the owner",
                recordInTrail: true);
        }
        if (property.StandardAddressId is null)
        {
            return Decision.Refuse($"property {command.PropertyId} has no standardised address to confirm yet");
        }
        if (property.StandardAddressId != command.StandardAddressId)
        {
            return Decision.Refuse($"property {command.PropertyId} has standardised address {property.StandardAddressId}, not {command.StandardAddressId}");
        }
        if (property.CertificateNumber is not null)
        {
            return Decision.Refuse($"the owner's confirmation {property.CertificateNumber} of property {command.PropertyId} is already in force");
        }
        if (property.HasIssued(command.CertificateNumber))
        {
            return Decision.Refuse($"certificate {command.CertificateNumber} was already used on property {command.PropertyId}; a new confirmation needs a new certificate");
        }
        return Decision.Accept(new OwnerConfirmationGiven(
            command.PropertyId, command.StandardAddressId, command.CertificateNumber, actor, Checks.Instant(now)));
    }
}
