using Ledger.Actions;
using Ledger.Addresses.Certificates;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>
/// The owner confirms online (产权人在线确认) that companies may register at the standardised address they name;
/// naming it guards against confirming an address other than the one shown. The confirmation is the evidence
/// certificate (存证证书), issued at once under the number the ledger gives it (<see cref="Property.NextCertificateNumber"/>).
/// </summary>
/// <param name="CertificateNumber">A number the owner's side already gave the certificate, kept as given; null (the
/// rule) to have the ledger issue one. It may not take the form of the ledger's numbers, which only the ledger issues.</param>
public sealed record GiveOwnerConfirmation(string PropertyId, string StandardAddressId, string? CertificateNumber = null);

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
        if (Checks.Missing(action, ("standard address id", command.StandardAddressId)) is { } missing)
        {
            return missing;
        }
        if (command.CertificateNumber is { } given && CertificateNumbers.Problem(given) is { } badNumber)
        {
            return Decision.Refuse($"{badNumber}; give none and the ledger issues one");
        }
        if (command.CertificateNumber is { } chosen && CertificateNumbers.HasIssuedForm(chosen))
        {
            return Decision.Refuse($"certificate number {chosen} has the form of the ledger's own numbers, which only the ledger issues; give none");
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
        var number = command.CertificateNumber ?? property.NextCertificateNumber;
        if (property.HasIssued(number))
        {
            return Decision.Refuse($"certificate {number} was already used on property {command.PropertyId}; a new confirmation needs a new certificate");
        }
        return Decision.Accept(new OwnerConfirmationGiven(command.PropertyId, command.StandardAddressId, number, actor, Checks.Instant(now)));
    }
}
