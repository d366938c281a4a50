using System.Security.Cryptography;
using System.Text;

namespace Ledger.Addresses.Certificates;

/// <summary>
/// 存证证书编号: the ledger issues the number of an address evidence certificate when the owner confirms, as
/// <c>CZ-</c> and 16 base32 characters (80 bits) of SHA-256 over the property id and the confirmation's ordinal on that
/// property. The number is a pure function of the property stream, so a rule can issue it while deciding, before the
/// event has a hash, and anyone can recompute it; no counter or table is needed. It names a certificate, it proves
/// nothing: the proof is the confirmation event it names. SHA-256 in every suite, since it is an identifier, not evidence.
/// </summary>
public static class CertificateNumbers
{
    public const string Prefix = "CZ-";

    /// <summary>The longest number a lookup accepts: numbers given by owners before the ledger issued them may be longer than its own.</summary>
    public const int MaxLength = 64;

    private const int Characters = 16;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The number of the <paramref name="ordinal"/>-th (from 1) confirmation given on <paramref name="propertyId"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is below 1.</exception>
    public static string Issue(string propertyId, int ordinal)
    {
        ArgumentException.ThrowIfNullOrEmpty(propertyId);
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"ledger-address-certificate/v1\n{propertyId}\n{ordinal}"));
        var number = new StringBuilder(Prefix, Prefix.Length + Characters);
        for (var i = 0; i < Characters; i++)
        {
            // Bits 5i .. 5i+4 of the hash, big-endian, as RFC 4648 base32 does.
            var bit = 5 * i;
            var twoBytes = (hash[bit / 8] << 8) | hash[(bit / 8) + 1];
            number.Append(Alphabet[(twoBytes >> (11 - (bit % 8))) & 0x1f]);
        }
        return number.ToString();
    }

    /// <summary>Whether <paramref name="number"/> has the form of a number the ledger issues, which no one else may choose.</summary>
    public static bool HasIssuedForm(string number) =>
        number.Length == Prefix.Length + Characters && number.StartsWith(Prefix, StringComparison.Ordinal) && number[Prefix.Length..].All(Alphabet.Contains);

    /// <summary>What is wrong with a number given to look a certificate up, or null.</summary>
    public static string? Problem(string? number) =>
        string.IsNullOrWhiteSpace(number) || number.Length > MaxLength || number.Any(char.IsControl)
            ? $"a certificate number is 1 to {MaxLength} characters without control characters"
            : null;
}
