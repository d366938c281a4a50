using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Ledger.Evidence.Merkle.Tiles;

/// <summary>
/// The C2SP tlog-tiles path of a hash tile, <c>tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c>: L and W in decimal without
/// leading zeros, N in three-digit groups from the most significant, all but the last prefixed with x
/// (1234067 is <c>x001/x234/067</c>). Parsing accepts only the canonical spelling, so each tile has exactly
/// one path and a cache never holds it twice; a leading <c>x000</c> group is refused.
/// </summary>
public static class TilePath
{
    private const string Prefix = "tile/";
    private const string PartialMark = ".p";

    public static string Format(TileId tile)
    {
        var path = new StringBuilder(Prefix).Append(tile.Level.ToString(CultureInfo.InvariantCulture)).Append('/').Append(FormatIndex(tile.Index));
        if (tile.IsPartial)
        {
            path.Append(PartialMark).Append('/').Append(tile.Width.ToString(CultureInfo.InvariantCulture));
        }
        return path.ToString();
    }

    /// <summary>The N part: <paramref name="index"/> (≥ 0) in three-digit groups, all but the last prefixed with x.</summary>
    public static string FormatIndex(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var groups = new List<string>();
        do
        {
            groups.Add((index % 1000).ToString("D3", CultureInfo.InvariantCulture));
            index /= 1000;
        }
        while (index > 0);
        groups.Reverse();
        return string.Join('/', groups.Select((group, i) => i < groups.Count - 1 ? "x" + group : group));
    }

    /// <summary>Reads a whole path, <c>tile/L/N[.p/W]</c>, as <see cref="Format"/> writes it.</summary>
    public static bool TryParse(string path, out TileId tile, [NotNullWhen(false)] out string? error)
    {
        tile = default;
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            error = $"tile path '{path}' does not start with '{Prefix}'";
            return false;
        }
        var rest = path[Prefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            error = $"tile path '{path}' has no index after its level";
            return false;
        }
        return TryParse(rest[..slash], rest[(slash + 1)..], out tile, out error);
    }

    /// <summary>Reads the level <c>L</c> and the index with its optional partial width, <c>N[.p/W]</c>, as a router splits them.</summary>
    public static bool TryParse(string level, string index, out TileId tile, [NotNullWhen(false)] out string? error)
    {
        tile = default;
        if (!TryParseDecimal(level, out var l) || l > TileId.MaxLevel)
        {
            error = $"tile level '{level}' is not a decimal from 0 to {TileId.MaxLevel} without leading zeros";
            return false;
        }
        var width = TileId.FullWidth;
        var groups = index.Split('/');
        var last = groups.Length - 1;
        if (groups.Length >= 2 && groups[^2].EndsWith(PartialMark, StringComparison.Ordinal))
        {
            if (!TryParseDecimal(groups[^1], out var w) || w is < 1 or >= TileId.FullWidth)
            {
                error = $"partial tile width '{groups[^1]}' is not a decimal from 1 to {TileId.FullWidth - 1} without leading zeros";
                return false;
            }
            width = (int)w;
            last--;
            groups[last] = groups[last][..^PartialMark.Length];
        }
        if (last > 0 && groups[0] == "x000")
        {
            error = $"tile index '{index}' starts with x000; the index has one spelling, without leading zero groups";
            return false;
        }
        long n = 0;
        for (var i = 0; i <= last; i++)
        {
            var group = groups[i];
            var digits = i < last ? (group.StartsWith('x') ? group[1..] : "") : group;
            if (digits.Length != 3 || !digits.All(char.IsAsciiDigit))
            {
                error = i < last
                    ? $"tile index group {i + 1} '{group}' is not x followed by three digits"
                    : $"tile index group {i + 1} '{group}' is not three digits";
                return false;
            }
            var value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            if (n > (long.MaxValue - value) / 1000)
            {
                error = $"tile index '{index}' is larger than {long.MaxValue}";
                return false;
            }
            n = n * 1000 + value;
        }
        tile = new TileId((int)l, n, width);
        error = null;
        return true;
    }

    /// <summary>A non-negative decimal of at most 18 digits, without sign, spaces or leading zeros.</summary>
    private static bool TryParseDecimal(string text, out long value)
    {
        value = 0;
        if (text.Length is 0 or > 18 || (text.Length > 1 && text[0] == '0') || !text.All(char.IsAsciiDigit))
        {
            return false;
        }
        value = long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }
}
