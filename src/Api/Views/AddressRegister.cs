using Ledger.Projections.Views.Addresses;

namespace Ledger.Api.Views;

/// <summary>The register of a standardised address: the properties that carry it, normally one; more is worth a look.</summary>
public sealed record AddressRegister(string StandardAddressId, IReadOnlyList<PropertyRegister> Properties);
