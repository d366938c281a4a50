using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Ledger.Cli.Import;

/// <summary>
/// Tender dates in the spellings centres' exports use: 2024-03-05, 2024/3/5, 2024.3.5, 20240305, 05.03.2024 and
/// 2024年3月5日, each optionally followed by a time of day (14:30, 14:30:00, 14时30分). 03/05/2024 is refused: it is
/// 3 May in one country and March 5 in another.
/// </summary>
internal static partial class DateText
{
    public static bool TryParse(string text, out DateOnly date, out TimeOnly? time, [NotNullWhen(false)] out string? problem)
    {
        (date, time) = (default, null);
        var s = text.Trim();
        var match = new[] { YearFirst(), DayFirst(), Chinese(), Compact() }.Select(r => r.Match(s)).FirstOrDefault(m => m.Success);
        if (match is null)
        {
            problem = SlashedDayOrMonthFirst().IsMatch(s)
                ? "puts day and month in an order that differs between countries: write it as yyyy-mm-dd"
                : "is not a date (yyyy-mm-dd, yyyy/m/d, dd.mm.yyyy, yyyy年m月d日, yyyymmdd, optionally with hh:mm[:ss])";
            return false;
        }
        var (y, m, d) = (Number(match, "y"), Number(match, "m"), Number(match, "d"));
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            problem = "is not a day of the calendar";
            return false;
        }
        date = new DateOnly(y, m, d);
        if (match.Groups["time"] is { Success: true } timeText)
        {
            var t = Time().Match(timeText.Value);
            var (h, min, sec) = t.Success ? (Number(t, "h"), Number(t, "min"), t.Groups["s"].Success ? Number(t, "s") : 0) : (-1, 0, 0);
            if (h is < 0 or > 23 || min > 59 || sec > 59)
            {
                problem = "has a time of day that is not hh:mm or hh:mm:ss";
                return false;
            }
            time = new TimeOnly(h, min, sec);
        }
        problem = null;
        return true;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})(?:(?:T|\s+)(?<time>\S.*))?$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})(?:\s+(?<time>\S.*))?$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日(?:\s*(?<time>\S.*))?$")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2})$")]
    private static partial Regex Compact();

    [GeneratedRegex(@"^[0-9]{1,2}[/-][0-9]{1,2}[/-][0-9]{4}")]
    private static partial Regex SlashedDayOrMonthFirst();

    [GeneratedRegex(@"^(?<h>[0-9]{1,2}):(?<min>[0-9]{2})(?::(?<s>[0-9]{2}))?$|^(?<h>[0-9]{1,2})\s*时\s*(?<min>[0-9]{1,2})\s*分(?:\s*(?<s>[0-9]{1,2})\s*秒)?$")]
    private static partial Regex Time();
}
