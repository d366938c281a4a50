using Ledger.Actions;
using Ledger.Evidence.Canonical;

namespace Ledger.Addresses.Events;

/// <summary>
/// 产权人: who holds the property in the real-estate registry (不动产登记). An organisation is named in clear by
/// its unified social credit code; a natural person by the ledger's opaque person id, with the name and ID number
/// committed, never hashed in clear, so a lawful erasure leaves the ledger intact.
/// </summary>
/// <param name="Id">The organisation's unified social credit code, or the natural person's ledger person id.</param>
/// <param name="OrganisationName">An organisation's name; null for a natural person, whose name is personal.</param>
public sealed record Owner(
    OwnerKind Kind,
    string Id,
    string? OrganisationName,
    [property: Personal] string? PersonName,
    [property: Personal] string? IdNumber)
{
    /// <summary>Whether <paramref name="actor"/> speaks for this owner: one of its people, or the person.</summary>
    internal bool IsActedForBy(Actor actor) =>
        Kind == OwnerKind.Organisation ? actor.Organisation == Id : actor.PersonId == Id;

    /// <summary>What is wrong with this owner's fields, or null; a natural person's name must never sit in a clear field.</summary>
    internal string? Problem() => Kind switch
    {
        _ when string.IsNullOrWhiteSpace(Id) => "the owner needs an id",
        OwnerKind.Organisation when string.IsNullOrWhiteSpace(OrganisationName) => $"organisation owner {Id} needs its name",
        OwnerKind.Organisation when PersonName is not null || IdNumber is not null =>
            $"organisation owner {Id} carries no person's name or ID number",
        OwnerKind.NaturalPerson when OrganisationName is not null =>
            $"natural-person owner {Id} has no organisation name: a person's name goes in the committed PersonName",
        OwnerKind.NaturalPerson when string.IsNullOrWhiteSpace(PersonName) || string.IsNullOrWhiteSpace(IdNumber) =>
            $"natural-person owner {Id} needs a name and an ID number",
        _ => null,
    };
}
