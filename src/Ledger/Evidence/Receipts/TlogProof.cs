using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Receipts;

/// <summary>
/// A C2SP tlog-proof: <c>c2sp.org/tlog-proof@v1</c>, an optional <c>extra</c> line, <c>index N</c>, the
/// inclusion proof as base64 hashes one a line, a blank line, then the signed checkpoint verbatim. The
/// proof hashes are in the block's suite (SHA-256 for intl, SM3 for gm), which the block states.
/// </summary>
public sealed record TlogProof(long Index, IReadOnlyList<byte[]> Proof, string Checkpoint, byte[]? Extra = null)
{
    public const string Header = "c2sp.org/tlog-proof@v1";

    public static bool TryParse(string text, [NotNullWhen(true)] out TlogProof? proof, [NotNullWhen(false)] out string? error)
    {
        proof = null;
        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (blank < 0)
        {
            error = "tlog-proof has no blank line before its checkpoint";
            return false;
        }
        var lines = text[..blank].Split('\n');
        var checkpoint = text[(blank + 2)..];
        if (lines[0] != Header)
        {
            error = $"tlog-proof line 1 is not '{Header}'";
            return false;
        }
        var next = 1;
        byte[]? extra = null;
        if (next < lines.Length && lines[next].StartsWith("extra ", StringComparison.Ordinal))
        {
            if (!NoteText.TryDecodeBase64(lines[next]["extra ".Length..], out extra))
            {
                error = $"tlog-proof line {next + 1} (extra) is not base64";
                return false;
            }
            next++;
        }
        if (next >= lines.Length || !lines[next].StartsWith("index ", StringComparison.Ordinal)
            || !NoteText.TryParseSize(lines[next]["index ".Length..], out var index))
        {
            error = $"tlog-proof line {next + 1} is not 'index N' with N a decimal without leading zeros";
            return false;
        }
        var hashes = new List<byte[]>();
        for (var i = next + 1; i < lines.Length; i++)
        {
            if (!NoteText.TryDecodeBase64(lines[i], out var hash) || hash.Length == 0)
            {
                error = $"tlog-proof line {i + 1} (proof hash {hashes.Count + 1}) is not base64";
                return false;
            }
            hashes.Add(hash);
        }
        proof = new TlogProof(index, hashes, checkpoint, extra);
        error = null;
        return true;
    }

    public override string ToString()
    {
        var builder = new StringBuilder(Header).Append('\n');
        if (Extra is not null)
        {
            builder.Append("extra ").Append(Convert.ToBase64String(Extra)).Append('\n');
        }
        builder.Append("index ").Append(Index.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var hash in Proof)
        {
            builder.Append(Convert.ToBase64String(hash)).Append('\n');
        }
        return builder.Append('\n').Append(Checkpoint).ToString();
    }
}
