using System.Text;
using System.Text.Json;
using Ledger.Evidence.Crypto;

namespace Ledger.Evidence.Packages;

/// <summary>
/// The verifier's side of personal-data commitments: "commit:" and the lowercase hex of
/// H(0x02 || salt || canonical value), as the ledger wrote them in place of each personal value. Kept here,
/// apart from the canonical encoder that makes them, so the verifier needs no encoder; the tests check the
/// two agree.
/// </summary>
public static class Commitments
{
    public const string Prefix = "commit:";
    public const int SaltSize = 32;
    private const byte DomainPrefix = 0x02;

    public static string Compute(CryptoSuite suite, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> value)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var input = new byte[checked(1 + salt.Length + value.Length)];
        input[0] = DomainPrefix;
        salt.CopyTo(input.AsSpan(1));
        value.CopyTo(input.AsSpan(1 + salt.Length));
        return Prefix + Convert.ToHexStringLower(suite.Hash(input));
    }

    /// <summary>Every commitment in an event, by its RFC 6901 JSON Pointer, in document order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Find(JsonElement canonicalEvent)
    {
        var found = new List<KeyValuePair<string, string>>();
        Walk(canonicalEvent, new StringBuilder(), found);
        return found;
    }

    private static void Walk(JsonElement element, StringBuilder path, List<KeyValuePair<string, string>> found)
    {
        var length = path.Length;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    path.Append('/').Append(member.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
                    Walk(member.Value, path, found);
                    path.Length = length;
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    path.Append('/').Append(index++);
                    Walk(item, path, found);
                    path.Length = length;
                }
                break;
            case JsonValueKind.String when element.GetString() is { } text && IsCommitment(text):
                found.Add(new(path.ToString(), text));
                break;
        }
    }

    private static bool IsCommitment(string text) =>
        text.Length == Prefix.Length + (2 * CryptoSuite.HashSize) && text.StartsWith(Prefix, StringComparison.Ordinal)
        && text.AsSpan(Prefix.Length).IndexOfAnyExcept("0123456789abcdef") < 0;
}
