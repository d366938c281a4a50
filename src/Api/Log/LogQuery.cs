using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ledger.Evidence.Merkle;

namespace Ledger.Api.Log;

/// <summary>Reads the log endpoints' path and query values, with the reason when one does not read.</summary>
internal static class LogQuery
{
    /// <summary>A non-negative decimal without sign, spaces or leading zeros, as C2SP writes sizes.</summary>
    public static bool TryParseNumber(string text, string name, out long value, [NotNullWhen(false)] out string? error)
    {
        value = 0;
        if (text.Length is 0 or > 19 || (text.Length > 1 && text[0] == '0') || !text.All(char.IsAsciiDigit)
            || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            error = $"{name} '{text}' is not a whole number from 0 to {long.MaxValue} without leading zeros";
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>An optional number: absent (null) is fine, present must read.</summary>
    public static bool TryParseOptional(string? text, string name, out long? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        error = null;
        if (text is null)
        {
            return true;
        }
        if (!TryParseNumber(text, name, out var number, out error))
        {
            return false;
        }
        value = number;
        return true;
    }

    /// <summary>A leaf hash in hex, upper or lower case.</summary>
    public static bool TryParseHash(string text, string name, [NotNullWhen(true)] out byte[]? hash, [NotNullWhen(false)] out string? error)
    {
        hash = null;
        if (text.Length != 2 * MerkleHasher.Size || !text.All(char.IsAsciiHexDigit))
        {
            error = $"{name} '{text}' is not {MerkleHasher.Size} bytes in hex ({2 * MerkleHasher.Size} hex digits)";
            return false;
        }
        hash = Convert.FromHexString(text);
        error = null;
        return true;
    }
}
