namespace Ledger.Addresses.Events;

/// <summary>Whether a property's owner (产权人) is an organisation or a natural person, which decides what is personal data.</summary>
public enum OwnerKind
{
    Organisation,
    NaturalPerson,
}
