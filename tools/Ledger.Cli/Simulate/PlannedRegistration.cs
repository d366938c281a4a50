using Ledger.Actions;

namespace Ledger.Cli.Simulate;

/// <summary>A company registering at a property: applied, checked, completed and both sides notified (双告知).</summary>
/// <param name="ExistingCode">The credit code of a company moving in; null for a new company.</param>
/// <param name="NewCode">The credit code a new company receives on completion.</param>
/// <param name="OverrideAt">When an official lets it pass the property's negative-list entry; null when none is needed.</param>
internal sealed record PlannedRegistration(
    string ApplicationId,
    string CompanyName,
    string? ExistingCode,
    string NewCode,
    string Representative,
    string RepresentativeId,
    Actor Applicant,
    DateTimeOffset AppliedAt,
    DateTimeOffset? OverrideAt,
    DateTimeOffset CheckedAt,
    DateTimeOffset CompletedAt,
    DateTimeOffset NotifiedAt)
{
    public string Code => ExistingCode ?? NewCode;
}
