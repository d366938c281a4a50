using System.Text;
using Ledger.Evidence.Canonical;

namespace Ledger.Tests.Evidence.Canonical;

public class JcsRejectsWhatIsNotIJson
{
    [Fact]
    public void duplicate_member_names_are_refused_with_their_path()
    {
        var error = Refusal("""{"a":1,"b":{"x":[true,{"y":2,"z":0,"y":3}]}}""");

        Assert.Contains("duplicate member name \"y\"", error.Message, StringComparison.Ordinal);
        Assert.Equal("/b/x/1/y", error.Path);
        Assert.Equal(35, error.Position);
    }

    [Fact]
    public void names_that_are_duplicates_only_after_unescaping_are_refused()
    {
        Assert.Equal("/a~1b", Refusal("""{"a/b":1,"a\/b":2}""").Path);
        Assert.Equal("/张", Refusal("""{"\u5f20":1,"张":2}""").Path);
    }

    [Theory]
    [InlineData("""["\ud800"]""")]
    [InlineData("""["\udc00x"]""")]
    [InlineData("""["\ud800\u0041"]""")]
    [InlineData("""["ok","a\ude00\ud83d"]""")]
    public void escaped_lone_surrogates_are_refused(string json)
    {
        var error = Refusal(json);

        Assert.Contains("lone surrogate", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("/", error.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x22, 0xC3, 0x28, 0x22 })]
    [InlineData(new byte[] { 0x22, 0xED, 0xA0, 0x80, 0x22 })]
    [InlineData(new byte[] { 0x22, 0xC0, 0xAF, 0x22 })]
    [InlineData(new byte[] { 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22 })]
    [InlineData(new byte[] { 0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D })]
    public void invalid_utf8_is_refused(byte[] json)
    {
        Assert.Contains("not valid UTF-8", Refusal(json).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792")]
    public void numbers_beyond_double_are_refused(string number)
    {
        var error = Refusal($$"""{"price":[{{number}}]}""");

        Assert.Contains("beyond the range of an IEEE-754 double", error.Message, StringComparison.Ordinal);
        Assert.Equal("/price/0", error.Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1] [2]")]
    [InlineData("// note\n[1]")]
    [InlineData("[01]")]
    [InlineData("[NaN]")]
    [InlineData("['a']")]
    [InlineData("{a:1}")]
    [InlineData("\"tab\there\"")]
    public void text_that_is_not_json_is_refused(string json)
    {
        var error = Refusal(json);

        Assert.StartsWith("not JSON", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Path);
    }

    [Fact]
    public void nesting_deeper_than_64_is_refused()
    {
        Assert.Equal(Canonical(new string('[', 64) + new string(']', 64)), new string('[', 64) + new string(']', 64));
        Refusal(new string('[', 65) + new string(']', 65));
    }

    [Fact]
    public void refusals_are_format_exceptions_and_is_canonical_says_false()
    {
        Assert.IsAssignableFrom<FormatException>(Refusal("""{"a":1,"a":1}"""));
        Assert.False(Jcs.IsCanonical("""{"a":1,"a":1}"""u8));
        Assert.False(Jcs.IsCanonical("""["\ud800"]"""u8));
        Assert.False(Jcs.IsCanonical(""u8));
        Assert.True(Jcs.IsCanonical("""{"a":1,"b":"\u001f"}"""u8));
    }

    private static CanonicalFormException Refusal(string json) => Refusal(Encoding.UTF8.GetBytes(json));

    private static CanonicalFormException Refusal(byte[] json) =>
        Assert.Throws<CanonicalFormException>(() => Jcs.Canonicalize(json));

    private static string Canonical(string json) => Encoding.UTF8.GetString(Jcs.Canonicalize(Encoding.UTF8.GetBytes(json)));
}
