using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Ledger.Evidence.Notes;

/// <summary>
/// A C2SP tlog-checkpoint body: origin, tree size, base64 root hash, then optional non-empty extension
/// lines. Parsing is strict (no leading zeros, no empty lines, exactly one spelling), so the text that
/// was signed is the text that is re-formatted.
/// </summary>
public sealed record Checkpoint(string Origin, long Size, byte[] RootHash, IReadOnlyList<string> Extensions)
{
    public static bool TryParse(string text, [NotNullWhen(true)] out Checkpoint? checkpoint, [NotNullWhen(false)] out string? error)
    {
        checkpoint = null;
        if (!text.EndsWith('\n'))
        {
            error = "checkpoint text does not end in a newline";
            return false;
        }
        var lines = text[..^1].Split('\n');
        if (lines.Length < 3)
        {
            error = $"checkpoint has {lines.Length} line(s); origin, size and root hash are required";
            return false;
        }
        if (lines[0].Length == 0)
        {
            error = "checkpoint line 1 (origin) is empty";
            return false;
        }
        if (!NoteText.TryParseSize(lines[1], out var size))
        {
            error = $"checkpoint line 2 (tree size) '{Truncate(lines[1])}' is not a decimal without leading zeros";
            return false;
        }
        if (!NoteText.TryDecodeBase64(lines[2], out var root) || root.Length == 0)
        {
            error = "checkpoint line 3 (root hash) is not base64";
            return false;
        }
        for (var i = 3; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                error = $"checkpoint line {i + 1} (extension) is empty";
                return false;
            }
        }
        checkpoint = new Checkpoint(lines[0], size, root, lines[3..]);
        error = null;
        return true;
    }

    /// <summary>The note text: each line followed by a newline.</summary>
    public string ToText()
    {
        var builder = new StringBuilder()
            .Append(Origin).Append('\n')
            .Append(Size.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(Convert.ToBase64String(RootHash)).Append('\n');
        foreach (var extension in Extensions)
        {
            builder.Append(extension).Append('\n');
        }
        return builder.ToString();
    }

    private static string Truncate(string value) => value.Length <= 24 ? value : value[..24] + "…";
}
