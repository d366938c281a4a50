namespace Ledger.Approvals.Events;

/// <summary>Whether an applicant is an organisation or a natural person, which decides what is personal data.</summary>
public enum ApplicantKind
{
    Organisation,
    NaturalPerson,
}
