using System.Text;

namespace Ledger.Api.Evidence.Certificates;

/// <summary>
/// Breaks mixed Chinese and English text into lines no wider than a limit. Chinese may break between
/// any two characters, English only at spaces, slashes and hyphens within words; closing punctuation
/// stays on the line of the character before it. A word wider than the whole line is cut where it
/// overflows.
/// </summary>
internal static class LineBreaker
{
    private const string NoBreakBefore = "，。、；：！？）》」』】,.;:!?)]";

    public static List<string> Break(string text, Func<string, double> width, double limit)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var atom in Atoms(text))
        {
            if (width((line + atom).TrimEnd()) <= limit)
            {
                line += atom;
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line.TrimEnd());
                line = "";
            }
            foreach (var character in Characters(atom.TrimStart()))
            {
                if (line.Length > 0 && width((line + character).TrimEnd()) > limit)
                {
                    lines.Add(line.TrimEnd());
                    line = "";
                }
                line += character;
            }
        }
        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.TrimEnd());
        }
        return lines;
    }

    /// <summary>Pieces that must not be split: a wide character with the punctuation after it, or a
    /// run of narrow characters up to and including its break opportunity.</summary>
    private static IEnumerable<string> Atoms(string text)
    {
        var atom = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            atom.Append(c);
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var breakAfter = next != '\0' && !NoBreakBefore.Contains(next) && !char.IsLowSurrogate(next) &&
                             (IsWide(c) || IsWide(next) || (c is ' ' or '/' && next != ' ') || IsWordHyphen(text, i));
            if (breakAfter)
            {
                yield return atom.ToString();
                atom.Clear();
            }
        }
        if (atom.Length > 0)
        {
            yield return atom.ToString();
        }
    }

    private static IEnumerable<string> Characters(string atom)
    {
        for (var i = 0; i < atom.Length; i++)
        {
            yield return char.IsHighSurrogate(atom[i]) && i + 1 < atom.Length ? atom.Substring(i++, 2) : atom[i].ToString();
        }
    }

    /// <summary>A hyphen inside a word or id (LZ-GC-2026) may end a line; one of an option (--key) may not.</summary>
    private static bool IsWordHyphen(string text, int i) =>
        text[i] == '-' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    private static bool IsWide(char c) => c >= '\u2E80' || char.IsSurrogate(c);
}
