namespace Ledger.Cli.Import;

/// <summary>Yes/no cells as exports write them: 1/0, true/false, yes/no, y/n (any case), 是/否; empty for not given.</summary>
internal static class FlagText
{
    public const string Spellings = "1/0, true/false, yes/no, y/n, 是/否";

    /// <summary>False for a cell that is none of <see cref="Spellings"/> nor empty; an empty cell reads as null.</summary>
    public static bool TryParse(string text, out bool? value)
    {
        (var known, value) = text.Trim().ToLowerInvariant() switch
        {
            "" => (true, (bool?)null),
            "1" or "true" or "yes" or "y" or "是" => (true, true),
            "0" or "false" or "no" or "n" or "否" => (true, false),
            _ => (false, null),
        };
        return known;
    }
}
