namespace Ledger.Projections.Detectors.Addresses;

/// <summary>Everything the address-risk rules need about one standardised address (住所登记).</summary>
public sealed record AddressHistory(
    string AddressId,
    IReadOnlyList<OwnerConfirmation> Confirmations,
    IReadOnlyList<NegativeListing> Listings,
    IReadOnlyList<CompanyAtAddress> Companies);
