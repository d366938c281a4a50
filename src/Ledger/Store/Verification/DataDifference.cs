using System.Text;

namespace Ledger.Store.Verification;

/// <summary>Names where two canonical JSON texts first differ, with a few characters of each around it, for a finding's message.</summary>
internal static class DataDifference
{
    private const int Before = 12;
    private const int After = 28;

    public static string Describe(ReadOnlySpan<byte> found, ReadOnlySpan<byte> expected)
    {
        var at = found.CommonPrefixLength(expected);
        return $"from byte {at} on: Marten has {Excerpt(found, at)} where the sealed data has {Excerpt(expected, at)}";
    }

    private static string Excerpt(ReadOnlySpan<byte> text, int at)
    {
        if (at >= text.Length)
        {
            return "its end";
        }
        var start = Boundary(text, Math.Max(0, at - Before));
        var end = Boundary(text, Math.Min(text.Length, at + After));
        return $"'{(start > 0 ? "…" : "")}{Encoding.UTF8.GetString(text[start..end])}{(end < text.Length ? "…" : "")}'";
    }

    /// <summary>Moves back to the start of a UTF-8 character, so an excerpt never cuts one in two.</summary>
    private static int Boundary(ReadOnlySpan<byte> text, int index)
    {
        while (index > 0 && index < text.Length && (text[index] & 0xC0) == 0x80)
        {
            index--;
        }
        return index;
    }
}
