using System.Text;
using Ledger.Cli.Import;

namespace Ledger.Tests.Markets;

public sealed class csv_files_are_read_as_rfc_4180_whatever_their_delimiter
{
    [Fact]
    public void quoted_fields_keep_delimiters_doubled_quotes_and_line_breaks()
    {
        var table = CsvReader.Read(Encoding.UTF8.GetBytes("a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nplain,,\"\"\r\n"));

        Assert.Equal(',', table.Delimiter);
        Assert.Equal(["a", "b", "c"], table.Header.Fields);
        Assert.Equal(["x,1", "say \"hi\"", "two\r\nlines"], table.Rows[0].Fields);
        Assert.Equal(["plain", "", ""], table.Rows[1].Fields);
        Assert.Equal([2, 4], table.Rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("a;b;c\n1,5;2;3\n", ';')]
    [InlineData("a\tb\tc\n1,5\t2\t3\n", '\t')]
    [InlineData("\"a;x\",b,c\n1;5,2,3\n", ',')]
    public void the_delimiter_is_the_one_the_header_uses_outside_quotes(string text, char delimiter)
    {
        var table = CsvReader.Read(Encoding.UTF8.GetBytes(text));

        Assert.Equal(delimiter, table.Delimiter);
        Assert.Equal(3, table.Rows[0].Fields.Count);
    }

    [Fact]
    public void a_byte_order_mark_is_dropped_and_utf_16_is_read()
    {
        var withBom = CsvReader.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("标段,b\nx,y\n")]);
        var utf16 = CsvReader.Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("标段\tb\r\nx\ty\r\n")]);

        Assert.Equal("标段", withBom.Header.Fields[0]);
        Assert.Equal("标段", utf16.Header.Fields[0]);
        Assert.Equal(["x", "y"], utf16.Rows[0].Fields);
    }

    [Fact]
    public void blank_lines_are_skipped_and_line_numbers_count_them()
    {
        var table = CsvReader.Read(Encoding.UTF8.GetBytes("a,b\n\n1,2\r\n   \n3,4"));

        Assert.Equal([3, 5], table.Rows.Select(r => r.Line));
        Assert.Equal(["3", "4"], table.Rows[1].Fields);
    }

    [Theory]
    [InlineData("a,b\n1,\"open\n2,3\n", "line 2: a quoted field is not closed before the end of the file")]
    [InlineData("a,b\n1,\"x\"y\n", "line 2: text after the closing quote of field 2: a quote inside a field is written twice (\"\")")]
    [InlineData("a,b\n1,x\"y\n", "line 2: a quote inside unquoted field 2: quote the whole field and write the quote twice (\"\")")]
    [InlineData("a,b\n1,2\n\"multi\nline\",2,3\n", "line 3: 3 fields where the header has 2")]
    [InlineData("a,b\n1,2\n3\n", "line 3: 1 fields where the header has 2")]
    [InlineData("just one column\nx\n", "line 1: the header has no comma, semicolon or tab between column names")]
    [InlineData("a,b\n", "line 1: the file has a header but no rows")]
    [InlineData("\n\n", "line 1: the file is empty: it needs a header and a row per bid")]
    public void a_malformed_file_is_refused_at_its_line(string text, string reason)
    {
        Assert.Equal(reason, Assert.Throws<ImportException>(() => CsvReader.Read(Encoding.UTF8.GetBytes(text))).Message);
    }

    [Fact]
    public void bytes_that_are_not_utf_8_are_refused_at_their_line()
    {
        byte[] gbk = [.. Encoding.UTF8.GetBytes("a,b\n1,2\nx,"), 0xB1, 0xEA, (byte)'\n'];

        Assert.Equal("line 3: byte 11 is not UTF-8: save the file as UTF-8 (GBK and other encodings are not read)",
            Assert.Throws<ImportException>(() => CsvReader.Read(gbk)).Message);
    }
}
