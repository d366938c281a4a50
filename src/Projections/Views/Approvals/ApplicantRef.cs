using Ledger.Approvals.Events;

namespace Ledger.Projections.Views.Approvals;

/// <summary>申请人 as the case view shows it: an organisation by code and name, a natural person by the ledger's opaque id only.</summary>
public sealed record ApplicantRef(ApplicantKind Kind, string Id, string? OrganisationName);
