using Ledger.Evidence.Canonical;

namespace Ledger.Bidding.Events;

/// <summary>
/// 递交投标文件: a sealed bid. The price is not in it: only <paramref name="PriceCommitment"/>, which the price
/// revealed at opening must reproduce (<see cref="Ledger.Bidding.PriceCommitment"/>).
/// </summary>
/// <param name="FileHash">Lowercase hex SHA-256 of the encrypted bid file.</param>
/// <param name="FileSize">Size of the encrypted bid file in bytes.</param>
/// <param name="Signature">The bidder's CA signature over the file hash, base64.</param>
/// <param name="CertificateSerial">Serial number of the CA certificate that signed.</param>
/// <param name="ProjectManagerName">项目负责人 the bid names. The project manager's and contact's values are personal and sit
/// beside <paramref name="BidderId"/>, not in an object of their own, because the bidder supplied them: an erasure order
/// naming the bidder erases them (<see cref="Ledger.Privacy.SubjectFields"/>). Collusion screening compares the numbers
/// (Regulations Art. 40 (3), 财政部令第87号 Art. 37) through the disclosures kept beside the event. All five are null when
/// the bid names no one, as in every bid recorded before bids named them: those events keep their canonical bytes and
/// verify as they were.</param>
/// <param name="ProjectManagerCredential">Which number <paramref name="ProjectManagerNumber"/> is; in clear.</param>
/// <param name="ProjectManagerNumber">The registered constructor's certificate number, or the ID number.</param>
/// <param name="ContactName">联系人 for the bid.</param>
/// <param name="ContactPhone">The contact's phone number.</param>
public sealed record BidSubmitted(
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
