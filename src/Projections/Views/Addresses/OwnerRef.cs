using Ledger.Addresses.Events;

namespace Ledger.Projections.Views.Addresses;

/// <summary>产权人 as the register shows it: an organisation by code and name, a natural person by the ledger's opaque id only.</summary>
public sealed record OwnerRef(OwnerKind Kind, string Id, string? OrganisationName);
