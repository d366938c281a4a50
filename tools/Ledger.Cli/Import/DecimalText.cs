using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ledger.Cli.Import;

/// <summary>
/// Numbers as people and spreadsheets write them, in either decimal style: 1,234.56 and 1.234,56, thousands grouped by
/// the other mark, by spaces (1 234,56, also no-break and thin spaces) or by apostrophes (1'234.56). The style is read
/// here, not from a culture, since the ledger runs with invariant globalization and one file may come from anywhere.
/// </summary>
internal static class DecimalText
{
    private static readonly char[] SpaceGroups = [' ', '\u00A0', '\u202F', '\u2009', '\''];

    /// <summary>What <paramref name="text"/>'s spelling decides about the decimal style, on its own.</summary>
    public static NumberSpelling Classify(string text)
    {
        var s = Unsigned(text);
        if (s.Length == 0 || s.Any(c => !char.IsAsciiDigit(c) && c is not ('.' or ',') && Array.IndexOf(SpaceGroups, c) < 0))
        {
            return NumberSpelling.Invalid;
        }
        var (dots, commas) = (s.Count(c => c == '.'), s.Count(c => c == ','));
        if (dots > 0 && commas > 0)
        {
            return s.LastIndexOf('.') > s.LastIndexOf(',') ? NumberSpelling.Point : NumberSpelling.Comma;
        }
        if (dots + commas == 0)
        {
            return NumberSpelling.Neutral;
        }
        var mark = dots > 0 ? '.' : ',';
        // A repeated mark groups thousands, so the decimal mark is the other one.
        var isDecimal = dots + commas == 1;
        var at = s.IndexOf(mark);
        // Beside space groups, the lone mark is the decimal; so it is unless it follows 1 to 3 digits (not a lone 0) and
        // precedes exactly 3, where it could be either.
        if (isDecimal && s.IndexOfAny(SpaceGroups) < 0 && at is >= 1 and <= 3 && s.Length - at - 1 == 3 && !(at == 1 && s[0] == '0'))
        {
            return NumberSpelling.Ambiguous;
        }
        return isDecimal == (mark == '.') ? NumberSpelling.Point : NumberSpelling.Comma;
    }

    /// <summary>Reads <paramref name="text"/> in <paramref name="style"/>; the problem says what is wrong with it.</summary>
    public static bool TryParse(string text, DecimalStyle style, out decimal value, [NotNullWhen(false)] out string? problem)
    {
        value = 0;
        var trimmed = text.Trim();
        var negative = trimmed.StartsWith('-');
        var s = Unsigned(trimmed);
        var (decimalMark, groupMark) = style == DecimalStyle.Point ? ('.', ',') : (',', '.');
        var parts = s.Split(decimalMark);
        if (s.Length == 0 || parts.Length > 2)
        {
            problem = s.Length == 0 ? "is not a number" : $"has more than one decimal {Name(decimalMark)}";
            return false;
        }
        var groups = parts[0].Split([groupMark, .. SpaceGroups]);
        var fraction = parts.Length == 2 ? parts[1] : "";
        if (!fraction.All(char.IsAsciiDigit) || groups.Any(g => !g.All(char.IsAsciiDigit)) || (parts[0].Length == 0 && fraction.Length == 0))
        {
            problem = "is not a number";
            return false;
        }
        if (groups.Length > 1 && (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            problem = $"groups its thousands wrongly for a decimal {Name(decimalMark)}: after the first, each group has 3 digits";
            return false;
        }
        var plain = string.Concat(groups) + (fraction.Length > 0 ? "." + fraction : "");
        if (!decimal.TryParse(plain.Length > 0 && plain[0] == '.' ? "0" + plain : plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            problem = "is too large";
            return false;
        }
        value = negative ? -value : value;
        problem = null;
        return true;
    }

    public static string Name(DecimalStyle style) => Name(style == DecimalStyle.Point ? '.' : ',');

    private static string Name(char mark) => mark == '.' ? "point" : "comma";

    private static string Unsigned(string text)
    {
        var s = text.Trim();
        return s.Length > 0 && s[0] is '-' or '+' ? s[1..].TrimStart() : s;
    }
}
