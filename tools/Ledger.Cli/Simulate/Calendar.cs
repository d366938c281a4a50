namespace Ledger.Cli.Simulate;

/// <summary>Simulated times: Beijing office hours on working days, whole seconds, UTC as the rules want.</summary>
internal static class Calendar
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary><paramref name="hour"/>:<paramref name="minute"/> Beijing time on <paramref name="day"/>, or on the Monday after a weekend day.</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), Beijing).ToUniversalTime();
    }

    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Beijing).DateTime);

    /// <summary>A time drawn evenly between <paramref name="from"/> and <paramref name="to"/>, to the second.</summary>
    public static DateTimeOffset Between(Dice dice, DateTimeOffset from, DateTimeOffset to) =>
        Seconds(from + ((to - from) * dice.Unit()));

    public static DateTimeOffset Seconds(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
