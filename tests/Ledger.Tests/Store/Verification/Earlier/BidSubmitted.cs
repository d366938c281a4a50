using Ledger.Bidding.Events;

namespace Ledger.Tests.Store.Verification.Earlier;

/// <summary>
/// <see cref="Ledger.Bidding.Events.BidSubmitted"/> as it was before bids named a project manager and contact: same
/// name, so the store records it under the same type, and the shape the events stored back then have.
/// </summary>
public sealed record BidSubmitted(
    string TenderId,
    string BidderId,
    string FileHash,
    long FileSize,
    string Signature,
    string CertificateSerial,
    FeatureCodes Features,
    string PriceCommitment);
