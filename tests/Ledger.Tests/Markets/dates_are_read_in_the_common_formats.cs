using Ledger.Cli.Import;

namespace Ledger.Tests.Markets;

public sealed class dates_are_read_in_the_common_formats
{
    [Theory]
    [InlineData("2024-03-05", null)]
    [InlineData("2024/3/5", null)]
    [InlineData("2024.03.05", null)]
    [InlineData("05.03.2024", null)]
    [InlineData("5.3.2024", null)]
    [InlineData("2024年3月5日", null)]
    [InlineData("20240305", null)]
    [InlineData(" 2024-03-05 ", null)]
    [InlineData("2024-03-05 14:30", "14:30:00")]
    [InlineData("2024-03-05T14:30:15", "14:30:15")]
    [InlineData("2024/3/5 9:05", "09:05:00")]
    [InlineData("05.03.2024 14:30:00", "14:30:00")]
    [InlineData("2024年3月5日 14:30", "14:30:00")]
    [InlineData("2024年3月5日14时30分", "14:30:00")]
    public void each_spelling_gives_march_5th(string text, string? time)
    {
        Assert.True(DateText.TryParse(text, out var date, out var t, out var problem), problem);
        Assert.Equal(new DateOnly(2024, 3, 5), date);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), t);
    }

    [Theory]
    [InlineData("03/05/2024", "puts day and month in an order that differs between countries: write it as yyyy-mm-dd")]
    [InlineData("5-3-2024", "puts day and month in an order that differs between countries: write it as yyyy-mm-dd")]
    [InlineData("2024-02-30", "is not a day of the calendar")]
    [InlineData("2024-13-01", "is not a day of the calendar")]
    [InlineData("2024-03-05 25:00", "has a time of day that is not hh:mm or hh:mm:ss")]
    [InlineData("2024-03-05 noon", "has a time of day that is not hh:mm or hh:mm:ss")]
    [InlineData("2024-3/5", "is not a date (yyyy-mm-dd, yyyy/m/d, dd.mm.yyyy, yyyy年m月d日, yyyymmdd, optionally with hh:mm[:ss])")]
    [InlineData("March 5, 2024", "is not a date (yyyy-mm-dd, yyyy/m/d, dd.mm.yyyy, yyyy年m月d日, yyyymmdd, optionally with hh:mm[:ss])")]
    public void other_spellings_are_refused_with_the_reason(string text, string reason)
    {
        Assert.False(DateText.TryParse(text, out _, out _, out var problem));
        Assert.Equal(reason, problem);
    }

    [Fact]
    public void a_leap_day_is_a_day()
    {
        Assert.True(DateText.TryParse("2024-02-29", out var date, out _, out _));
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }
}
