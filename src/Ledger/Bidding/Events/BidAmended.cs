namespace Ledger.Bidding.Events;

/// <summary>
/// 修改投标文件: a new sealed file replaces the bidder's bid before the deadline (Bidding Law Art. 29); the
/// fields mean what they mean in <see cref="BidSubmitted"/>.
/// </summary>
public sealed record BidAmended(
    string TenderId,
    string BidderId,
    string FileHash,
    long FileSize,
    string Signature,
    string CertificateSerial,
    FeatureCodes Features,
    string PriceCommitment);
