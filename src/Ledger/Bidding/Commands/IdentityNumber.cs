namespace Ledger.Bidding.Commands;

/// <summary>
/// 公民身份号码 (GB 11643-1999): 17 digits and a check character, the ISO 7064 MOD 11-2 checksum of the digits, 0 to 9 or X.
/// </summary>
internal static class IdentityNumber
{
    private const string CheckCharacters = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string? Problem(string? number, string what)
    {
        var value = number?.Trim().ToUpperInvariant() ?? "";
        if (value.Length != 18 || !value[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            return $"{what} \"{number}\" is not an ID number: 17 digits and a check digit or X";
        }
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (value[i] - '0') * Weights[i];
        }
        var expected = CheckCharacters[sum % 11];
        return value[17] == expected ? null : $"{what} \"{number}\" fails its checksum: its check character is {value[17]}, the digits give {expected}";
    }
}
