using System.Security.Cryptography;
using System.Text;
using Ledger.Evidence.Canonical;

namespace Ledger.Bidding;

/// <summary>
/// The sealed bid price. The bidder computes, on its own machine, the lowercase hex SHA-256 of the UTF-8 bytes of
/// <code>"ledger-bid-price/v1\n" + tenderId + "\n" + bidderId + "\n" + CanonicalValues.Decimal(price) + "\n" + nonce</code>
/// where nonce is at least 16 random bytes in lowercase hex, and submits only that hash with its bid. At opening
/// the price and nonce it reveals must reproduce the hash. Tender and bidder are in the preimage so a commitment
/// cannot be copied onto another bid; the canonical decimal makes 1234.50 and 1234.5 one price; the nonce
/// keeps a price from being found by trying the few plausible prices against the hash.
/// </summary>
public static class PriceCommitment
{
    public const string Domain = "ledger-bid-price/v1";

    public const int MinNonceBytes = 16;

    /// <summary>The commitment to <paramref name="price"/>.</summary>
    /// <exception cref="ArgumentException">An id holds a line feed (the separator), or the nonce is not at
    /// least <see cref="MinNonceBytes"/> bytes of lowercase hex.</exception>
    public static string Compute(string tenderId, string bidderId, decimal price, string nonce) =>
        TryCompute(tenderId, bidderId, price, nonce, out var commitment, out var problem)
            ? commitment
            : throw new ArgumentException(problem);

    /// <summary>True when the revealed price and nonce reproduce <paramref name="commitment"/>; false, never an exception, otherwise.</summary>
    public static bool Matches(string commitment, string tenderId, string bidderId, decimal price, string nonce) =>
        TryCompute(tenderId, bidderId, price, nonce, out var computed, out _) && computed == commitment;

    /// <summary>A fresh nonce of 32 random bytes, for the bidder's client.</summary>
    public static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private static bool TryCompute(string tenderId, string bidderId, decimal price, string nonce, out string commitment, out string problem)
    {
        ArgumentNullException.ThrowIfNull(tenderId);
        ArgumentNullException.ThrowIfNull(bidderId);
        ArgumentNullException.ThrowIfNull(nonce);
        (commitment, problem) = ("", "");
        if (tenderId.Contains('\n') || bidderId.Contains('\n'))
        {
            problem = "tender and bidder ids cannot hold a line feed, the separator of the preimage";
            return false;
        }
        if (nonce.Length < 2 * MinNonceBytes || nonce.Length % 2 != 0 || !nonce.All(char.IsAsciiHexDigitLower))
        {
            problem = $"the nonce must be at least {MinNonceBytes} bytes of lowercase hex, not {nonce.Length} characters \"{nonce}\"";
            return false;
        }
        var preimage = $"{Domain}\n{tenderId}\n{bidderId}\n{CanonicalValues.Decimal(price)}\n{nonce}";
        commitment = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(preimage)));
        return true;
    }
}
