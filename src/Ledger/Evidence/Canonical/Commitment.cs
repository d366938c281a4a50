using System.Security.Cryptography;
using System.Text.Json;
using Ledger.Evidence.Crypto;

namespace Ledger.Evidence.Canonical;

/// <summary>
/// A personal value's place in the canonical event: "commit:" and the lowercase hex of
/// H(0x02 || salt || JCS(value)). 0x02 keeps commitments apart from RFC 9162 leaves (0x00) and nodes (0x01),
/// so no commitment can be passed off as either. The 32-byte salt, fresh per field and event, keeps a guess
/// of the value (an ID number has few possibilities) from being checked against the commitment.
/// </summary>
internal static class Commitment
{
    public const string Prefix = "commit:";
    public const int SaltSize = 32;
    private const byte DomainPrefix = 0x02;

    // The one member of the object that EventJson writes where a personal value goes, replaced here by the
    // commitment. Reserved: C# property names cannot hold '$' and EventJson refuses it as a dictionary key.
    public const string Marker = "$personal";

    public static string Compute(CryptoSuite suite, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> canonicalValue)
    {
        var input = new byte[checked(1 + salt.Length + canonicalValue.Length)];
        input[0] = DomainPrefix;
        salt.CopyTo(input.AsSpan(1));
        canonicalValue.CopyTo(input.AsSpan(1 + salt.Length));
        Span<byte> digest = stackalloc byte[CryptoSuite.HashSize];
        suite.Hash(input, digest);
        return Prefix + Convert.ToHexStringLower(digest);
    }

    /// <summary>
    /// Copies <paramref name="element"/> to <paramref name="writer"/>, replacing each marked personal value by a
    /// fresh commitment and recording its disclosure under its JSON Pointer <paramref name="path"/>.
    /// </summary>
    public static void WriteCommitted(
        Utf8JsonWriter writer, JsonElement element, string path, CryptoSuite suite, List<Disclosure> disclosures)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when IsMarked(element, out var value):
                var canonical = Jcs.Canonicalize(value);
                var salt = RandomNumberGenerator.GetBytes(SaltSize);
                writer.WriteStringValue(Compute(suite, salt, canonical));
                disclosures.Add(new Disclosure(path, canonical, salt));
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject())
                {
                    writer.WritePropertyName(member.Name);
                    WriteCommitted(writer, member.Value, $"{path}/{JsonPointer.Escape(member.Name)}", suite, disclosures);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    WriteCommitted(writer, item, $"{path}/{index++}", suite, disclosures);
                }
                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static bool IsMarked(JsonElement element, out JsonElement value)
    {
        value = default;
        using var members = element.EnumerateObject();
        if (!members.MoveNext() || members.Current.Name != Marker)
        {
            return false;
        }
        value = members.Current.Value;
        return !members.MoveNext();
    }
}
