using Ledger.Evidence.Canonical;

namespace Ledger.Approvals.Events;

/// <summary>
/// 申请人. An organisation is named in clear by its unified social credit code and name; a natural person by the
/// ledger's opaque person id. Names, ID numbers and phone numbers of people, the applicant's or an organisation's
/// contact (经办人), are committed, never hashed in clear.
/// </summary>
/// <param name="Id">The organisation's unified social credit code, or the natural person's ledger person id.</param>
/// <param name="OrganisationName">An organisation's name; null for a natural person.</param>
/// <param name="PersonName">The natural person's name, or the organisation's contact's.</param>
public sealed record ApplicantParty(
    ApplicantKind Kind,
    string Id,
    string? OrganisationName,
    [property: Personal] string? PersonName,
    [property: Personal] string? IdNumber,
    [property: Personal] string? Phone)
{
    /// <summary>What is wrong with the fields, or null; a natural person's name must never sit in a clear field.</summary>
    internal string? Problem() => Kind switch
    {
        _ when string.IsNullOrWhiteSpace(Id) => "the applicant needs an id",
        ApplicantKind.Organisation when string.IsNullOrWhiteSpace(OrganisationName) => $"organisation applicant {Id} needs its name",
        ApplicantKind.NaturalPerson when OrganisationName is not null =>
            $"natural-person applicant {Id} has no organisation name: a person's name goes in the committed PersonName",
        ApplicantKind.NaturalPerson when string.IsNullOrWhiteSpace(PersonName) || string.IsNullOrWhiteSpace(IdNumber) =>
            $"natural-person applicant {Id} needs a name and an ID number",
        _ => null,
    };
}
