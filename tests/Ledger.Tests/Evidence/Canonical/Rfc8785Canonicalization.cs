using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ledger.Evidence.Canonical;

namespace Ledger.Tests.Evidence.Canonical;

public class Rfc8785Canonicalization
{
    [Fact]
    public void the_section_3_2_2_sample_gives_the_rfc_output()
    {
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50,
                          2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;
        const string expected =
            """{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""";

        Assert.Equal(expected, Canonical(input));
    }

    [Fact]
    public void members_are_sorted_by_utf16_code_units()
    {
        const string input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;

        using var document = JsonDocument.Parse(Jcs.Canonicalize(Encoding.UTF8.GetBytes(input)));
        var values = document.RootElement.EnumerateObject().Select(m => m.Value.GetString()).ToArray();

        Assert.Equal(
            ["Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis", "Euro Sign",
             "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh"],
            values);
    }

    [Fact]
    public void supplementary_characters_sort_before_u_e000_as_in_utf16_not_as_in_utf8()
    {
        // UTF-8 bytes (and code points) put U+E000 before U+1F600; UTF-16 puts the surrogate D83D first.
        Assert.Equal("{\"\U0001F600\":2,\"\uE000\":1}", Canonical("""{"\ue000":1,"\ud83d\ude00":2}"""));
    }

    [Fact]
    public void names_are_compared_after_unescaping()
    {
        Assert.Equal("""{"a":1,"ab":3,"b":2}""", Canonical("""{"b":2,"a\u0062":3,"\u0061":1}"""));
    }

    [Fact]
    public void nested_objects_are_sorted_and_arrays_keep_their_order()
    {
        Assert.Equal(
            """{"a":[3,{"x":1,"y":[{"m":1,"n":2}]},1],"b":{}}""",
            Canonical("""  { "b" : { } , "a" : [ 3 , { "y" : [ { "n" : 2 , "m" : 1 } ] , "x" : 1 } , 1 ] }  """));
    }

    [Fact]
    public void strings_escape_only_quote_backslash_and_controls()
    {
        var controls = string.Concat(Enumerable.Range(0, 0x20).Select(c => $"\\u{c:x4}"));
        const string expectedControls =
            @"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f" +
            @"\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f";

        Assert.Equal($"\"{expectedControls}\"", Canonical($"\"{controls}\""));
        Assert.Equal("\"/\u007f\u00e9张三\U0001F600<>&'\"", Canonical("\"\\/\\u007f\\u00E9\\u5f20\\u4E09\\uD83D\\uDE00\\u003c>&'\""));
        Assert.Equal("\"\\\"\\\\\"", Canonical("\"\\u0022\\u005C\""));
    }

    // RFC 8785 Appendix B: IEEE-754 bit patterns and their ECMAScript spelling.
    [Theory]
    [InlineData("0000000000000000", "0")]
    [InlineData("8000000000000000", "0")]
    [InlineData("0000000000000001", "5e-324")]
    [InlineData("8000000000000001", "-5e-324")]
    [InlineData("7fefffffffffffff", "1.7976931348623157e+308")]
    [InlineData("ffefffffffffffff", "-1.7976931348623157e+308")]
    [InlineData("4340000000000000", "9007199254740992")]
    [InlineData("c340000000000000", "-9007199254740992")]
    [InlineData("4430000000000000", "295147905179352830000")]
    [InlineData("44b52d02c7e14af5", "9.999999999999997e+22")]
    [InlineData("44b52d02c7e14af6", "1e+23")]
    [InlineData("44b52d02c7e14af7", "1.0000000000000001e+23")]
    [InlineData("444b1ae4d6e2ef4e", "999999999999999700000")]
    [InlineData("444b1ae4d6e2ef4f", "999999999999999900000")]
    [InlineData("444b1ae4d6e2ef50", "1e+21")]
    [InlineData("3eb0c6f7a0b5ed8c", "9.999999999999997e-7")]
    [InlineData("3eb0c6f7a0b5ed8d", "0.000001")]
    [InlineData("41b3de4355555553", "333333333.3333332")]
    [InlineData("41b3de4355555554", "333333333.33333325")]
    [InlineData("41b3de4355555555", "333333333.3333333")]
    [InlineData("41b3de4355555556", "333333333.3333334")]
    [InlineData("41b3de4355555557", "333333333.33333343")]
    [InlineData("becbf647612f3696", "-0.0000033333333333333333")]
    [InlineData("43143ff3c1cb0959", "1424953923781206.2")]
    public void numbers_are_written_as_ecmascript_writes_their_double(string bits, string expected)
    {
        var value = BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(bits, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        var spellings = new[] { value.ToString("E16", CultureInfo.InvariantCulture), value.ToString("R", CultureInfo.InvariantCulture), expected };

        foreach (var spelling in spellings)
        {
            Assert.Equal(expected, Canonical(spelling));
        }
    }

    [Theory]
    [InlineData("-0", "0")]
    [InlineData("-0.0e-5", "0")]
    [InlineData("100", "100")]
    [InlineData("1E2", "100")]
    [InlineData("123456789012345", "123456789012345")]
    [InlineData("-123456789012345678", "-123456789012345680")]
    [InlineData("9007199254740993", "9007199254740992")]
    [InlineData("1e-400", "0")]
    [InlineData("0.1", "0.1")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("123e-8", "0.00000123")]
    public void number_spellings_of_one_double_become_one(string input, string expected)
    {
        Assert.Equal(expected, Canonical(input));
    }

    [Fact]
    public void every_overload_gives_the_same_bytes_and_the_output_is_a_fixed_point()
    {
        var input = Encoding.UTF8.GetBytes("""{ "z": [1.50, "\u5f20"], "a": {"c": null, "b": true} }""");
        var canonical = Jcs.Canonicalize(input);

        var buffer = new ArrayBufferWriter<byte>();
        Assert.Equal(canonical.Length, Jcs.Canonicalize(input, buffer));
        using var document = JsonDocument.Parse(input);
        var fromElement = new ArrayBufferWriter<byte>();
        Jcs.Canonicalize(document.RootElement.GetProperty("a"), fromElement);

        Assert.Equal(canonical, buffer.WrittenSpan.ToArray());
        Assert.Equal(canonical, Jcs.Canonicalize(document.RootElement));
        Assert.Equal("""{"b":true,"c":null}""", Encoding.UTF8.GetString(fromElement.WrittenSpan));
        Assert.Equal(canonical, Jcs.Canonicalize(canonical));
        Assert.True(Jcs.IsCanonical(canonical));
        Assert.False(Jcs.IsCanonical(input));
    }

    [Fact]
    public void a_large_document_canonicalises_like_its_parts()
    {
        var members = Enumerable.Range(0, 5000).Select(i => $"\"k{4999 - i:D4}\":[{i},\"值{i}\"]");
        var canonical = Canonical("{" + string.Join(",", members) + "}");

        var expected = "{" + string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"k{i:D4}\":[{4999 - i},\"值{4999 - i}\"]")) + "}";
        Assert.Equal(expected, canonical);
    }

    private static string Canonical(string json) => Encoding.UTF8.GetString(Jcs.Canonicalize(Encoding.UTF8.GetBytes(json)));
}
