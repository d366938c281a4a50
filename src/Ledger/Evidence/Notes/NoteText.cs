using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ledger.Evidence.Notes;

/// <summary>
/// The small rules of the C2SP signed-note text shared by notes, keys and checkpoints: names, strict
/// base64 (RFC 4648 §4, no whitespace), decimal numbers without leading zeros, key ids.
/// </summary>
public static class NoteText
{
    /// <summary>A key name is non-empty, has no Unicode space and no '+' (it is the vkey separator).</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length == 0 || name.Contains('+') || HasLoneSurrogate(name))
        {
            return false;
        }
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Standard padded base64 only: any character outside the alphabet (whitespace included) fails.</summary>
    public static bool TryDecodeBase64(string text, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (text.Length % 4 != 0)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/' or '='))
            {
                return false;
            }
        }
        try
        {
            bytes = Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>An ASCII decimal with no sign and no leading zeros (except "0"), fitting a signed 64-bit size.</summary>
    public static bool TryParseSize(string text, out long value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 19 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Key id = SHA-256(name || 0x0A || type || public key)[:4], big-endian (signed-note §Signatures).</summary>
    public static uint KeyId(string name, ReadOnlySpan<byte> typeAndKey)
    {
        var input = new byte[Encoding.UTF8.GetByteCount(name) + 1 + typeAndKey.Length];
        var written = Encoding.UTF8.GetBytes(name, input);
        input[written] = 0x0A;
        typeAndKey.CopyTo(input.AsSpan(written + 1));
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(input));
    }

    /// <summary>
    /// A note is UTF-8 with no ASCII control character but newline, as in Go's note.Open. Strings here are
    /// UTF-16, decoded strictly from files, so ill-formed input shows up as a lone surrogate.
    /// </summary>
    public static bool IsValidNoteText(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value < 0x20 && rune.Value != '\n')
            {
                return false;
            }
        }
        return !HasLoneSurrogate(text);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
