namespace Ledger.Bidding.Events;

/// <summary>
/// 递交投标文件: a sealed bid. The price is not in it: only <paramref name="PriceCommitment"/>, which the price
/// revealed at opening must reproduce (<see cref="Ledger.Bidding.PriceCommitment"/>).
/// </summary>
/// <param name="FileHash">Lowercase hex SHA-256 of the encrypted bid file.</param>
/// <param name="FileSize">Size of the encrypted bid file in bytes.</param>
/// <param name="Signature">The bidder's CA signature over the file hash, base64.</param>
/// <param name="CertificateSerial">Serial number of the CA certificate that signed.</param>
public sealed record BidSubmitted(
    string TenderId,
    string BidderId,
    string FileHash,
    long FileSize,
    string Signature,
    string CertificateSerial,
    FeatureCodes Features,
    string PriceCommitment);
