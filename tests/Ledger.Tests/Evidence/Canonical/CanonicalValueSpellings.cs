using System.Globalization;
using Ledger.Evidence.Canonical;

namespace Ledger.Tests.Evidence.Canonical;

public class CanonicalValueSpellings
{
    [Theory]
    [InlineData("1234.50", "1234.5")]
    [InlineData("1234.5", "1234.5")]
    [InlineData("1234.000", "1234")]
    [InlineData("100", "100")]
    [InlineData("0.000", "0")]
    [InlineData("-0.00", "0")]
    [InlineData("-12.340", "-12.34")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335", "-79228162514264337593543950335")]
    [InlineData("1E-5", "0.00001")]
    [InlineData("+007.10", "7.1")]
    public void decimals_have_one_spelling_without_exponent_or_trailing_zeros(string input, string expected)
    {
        var value = decimal.Parse(input, NumberStyles.Float, CultureInfo.InvariantCulture);

        Assert.Equal(expected, CanonicalValues.Decimal(value));
    }

    [Fact]
    public void negative_zero_decimals_are_zero()
    {
        Assert.Equal("0", CanonicalValues.Decimal(new decimal(0, 0, 0, isNegative: true, scale: 3)));
    }

    [Fact]
    public void timestamps_are_utc_with_six_fraction_digits_and_z()
    {
        var beijing = new DateTimeOffset(2024, 5, 6, 15, 4, 5, TimeSpan.FromHours(8)).AddTicks(1_234_560);
        var utc = beijing.ToUniversalTime();

        Assert.Equal("2024-05-06T07:04:05.123456Z", CanonicalValues.Timestamp(beijing));
        Assert.Equal("2024-05-06T07:04:05.123456Z", CanonicalValues.Timestamp(utc));
        Assert.Equal("2024-05-06T07:04:05.123456Z", CanonicalValues.Timestamp(utc.UtcDateTime));
        Assert.Equal("0001-01-01T00:00:00.000000Z", CanonicalValues.Timestamp(DateTimeOffset.MinValue));
    }

    [Fact]
    public void sub_microsecond_timestamps_are_refused_not_truncated()
    {
        var time = new DateTimeOffset(2024, 5, 6, 7, 4, 5, TimeSpan.Zero).AddTicks(1);

        var error = Assert.Throws<ArgumentException>(() => CanonicalValues.Timestamp(time));
        Assert.Contains("sub-microsecond", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void date_times_that_are_not_utc_are_refused(DateTimeKind kind)
    {
        var time = new DateTime(2024, 5, 6, 7, 4, 5, kind);

        Assert.Throws<ArgumentException>(() => CanonicalValues.Timestamp(time));
    }

    [Theory]
    [InlineData("e\u0301", "\u00e9")]
    [InlineData("Zha\u0304ng Sa\u0304n", "Zh\u0101ng S\u0101n")]
    [InlineData("\uF9E1\u56DB", "\u674E\u56DB")]
    [InlineData("\uF90A", "\u91D1")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("\uAC00\u11A8", "\uAC01")]
    [InlineData("\u1E0B\u0323", "\u1E0D\u0307")]
    [InlineData("q\u0307\u0323", "q\u0323\u0307")]
    [InlineData("\u0958", "\u0915\u093C")]
    [InlineData("\u2126", "\u03A9")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("\U0001D15E", "\U0001D157\U0001D165")]
    [InlineData("\U0002F800", "\u4E3D")]
    public void text_is_normalised_to_nfc(string input, string expected)
    {
        Assert.Equal(expected, CanonicalValues.Text(input));
        Assert.Equal(expected, CanonicalValues.Text(expected));
    }

    [Fact]
    public void text_already_in_nfc_is_returned_as_it_is()
    {
        const string text = "兰州市公共资源交易中心 Zhāng Sān ĉu? 각 😀";

        Assert.Same(text, CanonicalValues.Text(text));
    }

    [Fact]
    public void text_with_a_lone_surrogate_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CanonicalValues.Text("张\ud800三"));
        Assert.Throws<ArgumentException>(() => CanonicalValues.Text("e\u0301\udc00"));
    }

    [Fact]
    public void the_unicode_version_is_pinned()
    {
        Assert.Equal("15.1.0", CanonicalValues.UnicodeVersion);
    }
}
