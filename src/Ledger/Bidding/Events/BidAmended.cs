using Ledger.Evidence.Canonical;

namespace Ledger.Bidding.Events;

/// <summary>
/// 修改投标文件: a new sealed file replaces the bidder's bid before the deadline (Bidding Law Art. 29); the
/// fields mean what they mean in <see cref="BidSubmitted"/>. The new file may name another project manager or contact,
/// so the amendment names them again.
/// </summary>
public sealed record BidAmended(
    string TenderId,
    string BidderId,
    string FileHash,
    long FileSize,
    string Signature,
    string CertificateSerial,
    FeatureCodes Features,
    string PriceCommitment,
    [property: Personal] string? ProjectManagerName = null,
    ManagerCredential? ProjectManagerCredential = null,
    [property: Personal] string? ProjectManagerNumber = null,
    [property: Personal] string? ContactName = null,
    [property: Personal] string? ContactPhone = null);
