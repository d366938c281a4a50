using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>
/// A company applies to register at a standardised address, citing the owner's evidence certificate (存证证书)
/// instead of paper proof of address.
/// </summary>
/// <param name="UnifiedCreditCode">统一社会信用代码 of an existing company moving here; null for a new company.</param>
/// <param name="CertificateNumber">The certificate cited; null to cite the one in force on the property, which the
/// registration then records (系统自动调取存证证书).</param>
public sealed record ApplyForRegistration(
    string ApplicationId,
    string CompanyName,
    string? UnifiedCreditCode,
    string LegalRepresentativeName,
    string LegalRepresentativeIdNumber,
    string PropertyId,
    string StandardAddressId,
    string? CertificateNumber = null);

public static partial class AddressRules
{
    /// <param name="property">The property the command names, as it stands now.</param>
    public static Decision Decide(
        CompanyRegistration registration, Property property, ApplyForRegistration command, Actor actor, DateTimeOffset now)
    {
        const string action = "applying for registration";
        Checks.SameStream(registration.ApplicationId, command.ApplicationId, "registration");
        Checks.SameStream(property.PropertyId, command.PropertyId, "property");
        if (Checks.WrongRole(actor, action, Role.Applicant) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(
                action,
                ("company name", command.CompanyName),
                ("legal representative's name", command.LegalRepresentativeName),
                ("legal representative's ID number", command.LegalRepresentativeIdNumber),
                ("property id", command.PropertyId),
                ("standard address id", command.StandardAddressId)) is { } missing)
        {
            return missing;
        }
        if (Checks.StreamId(command.ApplicationId, "application id") is { } badId)
        {
            return badId;
        }
        if (command.UnifiedCreditCode is not null && string.IsNullOrWhiteSpace(command.UnifiedCreditCode))
        {
            return Decision.Refuse("a unified credit code, when given, cannot be blank; a new company gives none");
        }
        if (command.CertificateNumber is not null && string.IsNullOrWhiteSpace(command.CertificateNumber))
        {
            return Decision.Refuse("a certificate number, when given, cannot be blank; give none to cite the certificate in force on the property");
        }
        if (registration.Stage != RegistrationStage.NotApplied)
        {
            return Decision.Refuse($"registration {command.ApplicationId} was already applied for");
        }
        if (!property.IsListed)
        {
            return Decision.Refuse($"property {command.PropertyId} is not listed");
        }
        var cited = command.CertificateNumber ?? property.CertificateNumber;
        var problems = ConfirmationProblems(property, command.StandardAddressId, cited);
        if (problems.Count > 0 || cited is null)
        {
            return Decision.Refuse($"no registration at {command.StandardAddressId}: {string.Join("; ", problems)}");
        }
        return Decision.Accept(new RegistrationApplied(
            command.ApplicationId,
            command.CompanyName,
            command.UnifiedCreditCode,
            command.LegalRepresentativeName,
            command.LegalRepresentativeIdNumber,
            command.PropertyId,
            command.StandardAddressId,
            cited,
            Hits(property),
            actor,
            Checks.Instant(now)));
    }
}
