namespace Ledger.Privacy;

/// <summary>Whom an erasure order names: a natural person by the ledger's person id, or an organisation by its id.</summary>
public enum SubjectKind
{
    Person,
    Organisation,
}
