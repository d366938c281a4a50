using System.Security.Cryptography;
using System.Text;

namespace Ledger.Cli.Simulate;

/// <summary>统一社会信用代码 (GB 32100-2015) for simulated organisations: well formed, check character included, made up.</summary>
internal static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <param name="kind">Registering authority and kind: "91" an enterprise, "11" an organ of state, "12" a public institution.</param>
    /// <param name="region">The six-digit administrative division code of where it is registered.</param>
    /// <param name="key">Makes the nine-character organisation code; one key, one code.</param>
    public static string Make(string kind, string region, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var body = kind + region + string.Concat(hash.Take(9).Select(b => Alphabet[b % Alphabet.Length]));
        var sum = body.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum();
        return body + Alphabet[(31 - (sum % 31)) % 31];
    }
}
