using System.Globalization;

namespace Ledger.Cli.Demo;

/// <summary>
/// Calendar sums as a bureau in China makes them: periods end at 24:00 Beijing time (UTC+8, no daylight saving);
/// working days are Monday to Friday (the demo knows no public holidays). Results are UTC, as the rules want.
/// </summary>
internal static class BeijingTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The first midnight in Beijing after <paramref name="instant"/>.</summary>
    public static DateTimeOffset MidnightAfter(DateTimeOffset instant) =>
        new DateTimeOffset(instant.ToOffset(Offset).Date.AddDays(1), Offset).ToUniversalTime();

    /// <summary>The end of the <paramref name="days"/>th working day after the day of <paramref name="instant"/>.</summary>
    public static DateTimeOffset EndOfWorkingDays(DateTimeOffset instant, int days)
    {
        var day = instant.ToOffset(Offset).Date;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }
        return MidnightAfter(new DateTimeOffset(day, Offset));
    }

    /// <summary>An instant for people: Beijing time, to the second.</summary>
    public static string Show(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " (UTC+8)";
}
