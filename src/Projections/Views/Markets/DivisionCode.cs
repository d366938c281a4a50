namespace Ledger.Projections.Views.Markets;

/// <summary>
/// Regions as administrative division codes (行政区划代码, GB/T 2260). The ledger's bidding events name no region: a
/// tender's region is its tenderer's, and a bidder's home region its own, each read from the organisation's unified
/// social credit code (统一社会信用代码, GB 32100-2015), whose characters 3 to 8 are the division code of the authority
/// that registered it. That is where the organisation is registered, not where it works or where the project is built;
/// it is the one region every tenderer and bidder has in the ledger, and the one imported histories also use.
/// </summary>
public static class DivisionCode
{
    /// <summary>The region of a tender whose tenderer's id is not a unified social credit code.</summary>
    public const string Unknown = "unknown";

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>
    /// The division code in <paramref name="creditCode"/>; null unless it is 18 characters of the code's alphabet whose
    /// last is the check character of the first 17 and whose characters 3 to 8 are digits: a mistyped code would
    /// otherwise place an organisation in some other region.
    /// </summary>
    public static string? FromCreditCode(string creditCode)
    {
        ArgumentNullException.ThrowIfNull(creditCode);
        if (creditCode.Length != 18 || !creditCode[2..8].All(char.IsAsciiDigit) || creditCode.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }
        var sum = creditCode.Take(17).Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum();
        return creditCode[17] == Alphabet[(31 - (sum % 31)) % 31] ? creditCode[2..8] : null;
    }

    /// <summary><paramref name="code"/> at <paramref name="level"/>: <c>620102</c> is <c>620100</c> as a city and <c>620000</c> as a province.</summary>
    public static string At(string code, RegionLevel level)
    {
        ArgumentNullException.ThrowIfNull(code);
        return level switch
        {
            RegionLevel.County => code,
            RegionLevel.City => code[..4] + "00",
            RegionLevel.Province => code[..2] + "0000",
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown region level"),
        };
    }
}
