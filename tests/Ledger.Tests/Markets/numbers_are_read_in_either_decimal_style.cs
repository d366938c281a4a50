using Ledger.Cli.Import;

namespace Ledger.Tests.Markets;

public sealed class numbers_are_read_in_either_decimal_style
{
    [Theory]
    [InlineData("1234", "Neutral")]
    [InlineData("1 234", "Neutral")]
    [InlineData("1,234.56", "Point")]
    [InlineData("1.5", "Point")]
    [InlineData("1,234,567", "Point")]
    [InlineData("0.123", "Point")]
    [InlineData("1234.567", "Point")]
    [InlineData("1.234,56", "Comma")]
    [InlineData("1,5", "Comma")]
    [InlineData("1 234,56", "Comma")]
    [InlineData("1\u00A0234,567", "Comma")]
    [InlineData("1.234.567", "Comma")]
    [InlineData("1,234", "Ambiguous")]
    [InlineData("123.456", "Ambiguous")]
    [InlineData("1.2e3", "Invalid")]
    [InlineData("", "Invalid")]
    public void a_spelling_decides_the_style_only_where_it_can_be_read_one_way(string text, string spelling)
    {
        Assert.Equal(Enum.Parse<NumberSpelling>(spelling), DecimalText.Classify(text));
    }

    [Theory]
    [InlineData("1,234.56", "Point", "1234.56")]
    [InlineData("1.234,56", "Comma", "1234.56")]
    [InlineData("1 234,56", "Comma", "1234.56")]
    [InlineData("1'234.56", "Point", "1234.56")]
    [InlineData(" 12345 ", "Comma", "12345")]
    [InlineData("1,234", "Point", "1234")]
    [InlineData("1,234", "Comma", "1.234")]
    [InlineData(".5", "Point", "0.5")]
    [InlineData("-7,5", "Comma", "-7.5")]
    public void a_number_is_read_in_the_files_style(string text, string style, string expected)
    {
        Assert.True(DecimalText.TryParse(text, Enum.Parse<DecimalStyle>(style), out var value, out var problem), problem);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1.2.3", "Point", "has more than one decimal point")]
    [InlineData("12,34.5", "Point", "groups its thousands wrongly for a decimal point: after the first, each group has 3 digits")]
    [InlineData("abc", "Point", "is not a number")]
    [InlineData("99999999999999999999999999999", "Point", "is too large")]
    public void a_malformed_number_says_why(string text, string style, string reason)
    {
        Assert.False(DecimalText.TryParse(text, Enum.Parse<DecimalStyle>(style), out _, out var problem));
        Assert.Equal(reason, problem);
    }

    [Fact]
    public void a_file_in_decimal_commas_is_read_so_throughout()
    {
        var import = Csv.Read("""
            tender_id;date;bidder_id;amount;winner;ceiling;region
            T-1;2024-03-05;A;1.234;1;2.000,00;620100
            T-1;2024-03-05;B;1 300,50;0;2.000,00;620100
            """);

        Assert.Equal(DecimalStyle.Comma, import.Style);
        Assert.Equal([1234m, 1300.50m], import.Tenders[0].Result.Bids.Select(b => b.Amount));
        Assert.Equal(2000m, import.Tenders[0].Result.Ceiling);
    }

    [Fact]
    public void a_file_whose_numbers_could_be_either_needs_the_style_given()
    {
        var file = Csv.File("T-1,2024-03-05,A,1.234,1,,620100,", "T-1,2024-03-05,B,1.300,0,,620100,");

        Assert.Equal("line 2: amount '1.234' could be read with a decimal point or a decimal comma, and no number in the file tells which: give --decimal point or --decimal comma", Csv.Refusal(file));
        Assert.Equal([1234m, 1300m], Csv.Read(file, style: DecimalStyle.Comma).Tenders[0].Result.Bids.Select(b => b.Amount));
        Assert.Equal([1.234m, 1.3m], Csv.Read(file, style: DecimalStyle.Point).Tenders[0].Result.Bids.Select(b => b.Amount));
    }

    [Fact]
    public void a_file_that_mixes_styles_is_refused_at_the_first_number_that_breaks_it()
    {
        var file = Csv.File("T-1,2024-03-05,A,\"1,234.50\",1,,620100,", "T-1,2024-03-05,B,1000,0,,620100,", "T-1,2024-03-05,C,\"1.300,50\",0,,620100,");

        Assert.Equal("line 4: amount '1.300,50' is written with a decimal comma, but line 2 writes amount '1,234.50' with a decimal point", Csv.Refusal(file));
        Assert.Equal("line 2: amount '1,234.50' is written with a decimal point, but --decimal comma was given", Csv.Refusal(file, style: DecimalStyle.Comma));
    }
}
