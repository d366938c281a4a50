using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Blocks;

/// <summary>
/// An evidence block: a C2SP tlog-checkpoint whose extension lines chain it to the block before and say
/// how to check it. The extension lines are, in this order and each exactly once:
/// <code>
/// suite intl|gm
/// height N                                  (0 for the first block)
/// time yyyy-MM-ddTHH:mm:ss.ffffffZ          (UTC, when the log signed it)
/// prev base64(H(previous block's checkpoint text)) (absent at height 0)
/// </code>
/// The block hash covers the checkpoint text only, not the signatures, so witnesses can add cosignatures
/// beside the log's own signature without changing the chain. Witnesses vouch for the first three lines;
/// the extension lines are the log's own statement, bound by its signature.
/// </summary>
public sealed record EvidenceBlock(Checkpoint Checkpoint, CryptoSuite Suite, long Height, DateTimeOffset Time, byte[]? Previous)
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public string Origin => Checkpoint.Origin;

    public long Size => Checkpoint.Size;

    public byte[] RootHash => Checkpoint.RootHash;

    /// <summary>Builds the block that follows <paramref name="previous"/> (null for the first block).</summary>
    public static EvidenceBlock Create(CryptoSuite suite, string origin, long size, byte[] root, DateTimeOffset time, EvidenceBlock? previous)
    {
        if (previous is not null && (previous.Suite != suite || previous.Origin != origin || size < previous.Size))
        {
            throw new ArgumentException($"block at size {size} cannot follow block {previous.Height} at size {previous.Size} of {previous.Origin} ({previous.Suite})");
        }
        var truncated = LedgerTime.Truncate(time);
        var height = previous is null ? 0 : previous.Height + 1;
        var prev = previous?.Hash();
        return new EvidenceBlock(new Checkpoint(origin, size, root, Extensions(suite, height, truncated, prev)), suite, height, truncated, prev);
    }

    /// <summary>Reads a block from its signed note text: note, checkpoint and block fields (signatures are not checked here).</summary>
    public static bool TryParseNote(string note, [NotNullWhen(true)] out SignedNote? signed, [NotNullWhen(true)] out EvidenceBlock? block, [NotNullWhen(false)] out string? error)
    {
        block = null;
        if (SignedNote.TryParse(note, out signed, out error) && Checkpoint.TryParse(signed.Text, out var checkpoint, out error))
        {
            return TryFrom(checkpoint, out block, out error);
        }
        signed = null;
        return false;
    }

    /// <summary>Reads a block's fields from a checkpoint; fails on any other extension layout.</summary>
    public static bool TryFrom(Checkpoint checkpoint, [NotNullWhen(true)] out EvidenceBlock? block, [NotNullWhen(false)] out string? error)
    {
        block = null;
        var ext = checkpoint.Extensions;
        if (ext.Count is < 3 or > 4)
        {
            error = $"checkpoint has {ext.Count} extension lines; a ledger block has suite, height, time and (after the first) prev";
            return false;
        }
        if (!TryField(ext[0], "suite", out var suiteName) || CryptoSuite.Find(suiteName) is not { } suite)
        {
            error = $"block line 4 '{ext[0]}' is not 'suite intl' or 'suite gm'";
            return false;
        }
        if (!TryField(ext[1], "height", out var heightText) || !NoteText.TryParseSize(heightText, out var height))
        {
            error = $"block line 5 '{ext[1]}' is not 'height N'";
            return false;
        }
        if (!TryField(ext[2], "time", out var timeText)
            || !DateTimeOffset.TryParseExact(timeText, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            error = $"block line 6 '{ext[2]}' is not 'time {TimeFormat}'";
            return false;
        }
        byte[]? prev = null;
        if ((height == 0) != (ext.Count == 3))
        {
            error = height == 0 ? "the first block (height 0) must not name a previous block" : $"block at height {height} does not name its previous block";
            return false;
        }
        if (ext.Count == 4 && (!TryField(ext[3], "prev", out var prevText) || !NoteText.TryDecodeBase64(prevText, out prev) || prev.Length != CryptoSuite.HashSize))
        {
            error = $"block line 7 '{ext[3]}' is not 'prev' and a base64 32-byte hash";
            return false;
        }
        if (checkpoint.RootHash.Length != CryptoSuite.HashSize)
        {
            error = $"block root hash is {checkpoint.RootHash.Length} bytes, not {CryptoSuite.HashSize}";
            return false;
        }
        block = new EvidenceBlock(checkpoint, suite, height, time, prev);
        error = null;
        return true;
    }

    /// <summary>The checkpoint text, which is what the log signs and what the next block's prev hashes.</summary>
    public string ToText() => Checkpoint.ToText();

    /// <summary>H(checkpoint text) in the block's own suite: the next block's prev.</summary>
    public byte[] Hash() => Suite.Hash(System.Text.Encoding.UTF8.GetBytes(ToText()));

    /// <summary>Checks that this block directly follows <paramref name="previous"/>: same log and suite, next height, its hash as prev, no shrinking.</summary>
    public Verdict Follows(EvidenceBlock previous)
    {
        if (Origin != previous.Origin || Suite != previous.Suite)
        {
            return Verdict.Invalid($"block {Height} belongs to {Origin} ({Suite}), block {previous.Height} to {previous.Origin} ({previous.Suite})");
        }
        if (Height != previous.Height + 1)
        {
            return Verdict.Invalid($"block height {Height} does not follow height {previous.Height}");
        }
        if (Previous is null || !Previous.AsSpan().SequenceEqual(previous.Hash()))
        {
            return Verdict.Invalid($"block {Height} names a previous block other than block {previous.Height}");
        }
        if (Size < previous.Size)
        {
            return Verdict.Invalid($"block {Height} has tree size {Size}, smaller than block {previous.Height}'s {previous.Size}");
        }
        return Time < previous.Time
            ? Verdict.Invalid($"block {Height} is dated before block {previous.Height}")
            : Verdict.Valid;
    }

    /// <summary>Signs the block with the log's keys (a gm log may add an Ed25519 key for public witnesses).</summary>
    public SignedNote Sign(IEnumerable<SignerKey> keys)
    {
        var text = ToText();
        return SignedNote.Create(text, keys.Select(k => k.Sign(text)));
    }

    private static IReadOnlyList<string> Extensions(CryptoSuite suite, long height, DateTimeOffset time, byte[]? prev)
    {
        List<string> lines =
        [
            $"suite {suite.Name}",
            $"height {height.ToString(CultureInfo.InvariantCulture)}",
            $"time {time.ToString(TimeFormat, CultureInfo.InvariantCulture)}",
        ];
        if (prev is not null)
        {
            lines.Add($"prev {Convert.ToBase64String(prev)}");
        }
        return lines;
    }

    private static bool TryField(string line, string name, out string value)
    {
        value = string.Empty;
        if (!line.StartsWith(name + " ", StringComparison.Ordinal))
        {
            return false;
        }
        value = line[(name.Length + 1)..];
        return value.Length > 0;
    }
}
