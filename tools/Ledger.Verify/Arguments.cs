using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Ledger.Verify;

/// <summary>
/// The command line after the command word: <c>--name value</c> options, each at most once, and
/// positional file names. Reading fails with a one-line reason instead of throwing.
/// </summary>
internal sealed class Arguments
{
    /// <summary>Input files are small text; anything larger is refused rather than read.</summary>
    private const long MaxFileBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly Dictionary<string, string> options = [];
    private readonly List<string> positional = [];

    private Arguments()
    {
    }

    public IReadOnlyList<string> Positional => positional;

    public static bool TryParse(IEnumerable<string> args, IReadOnlySet<string> allowed, [NotNullWhen(true)] out Arguments? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = new Arguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.positional.Add(arg);
                continue;
            }
            if (!allowed.Contains(arg))
            {
                error = $"unknown option {arg}";
                parsed = null;
                return false;
            }
            if (!e.MoveNext())
            {
                error = $"option {arg} needs a value";
                parsed = null;
                return false;
            }
            if (!parsed.options.TryAdd(arg, e.Current))
            {
                error = $"option {arg} is given twice";
                parsed = null;
                return false;
            }
        }
        error = null;
        return true;
    }

    public string? Option(string name) => options.GetValueOrDefault(name);

    public bool TryRequire(string name, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out string? error)
    {
        value = Option(name);
        error = value is null ? $"option {name} is required" : null;
        return value is not null;
    }

    public static bool TryReadText(string path, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? error)
    {
        text = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = $"{path}: no such file";
                return false;
            }
            if (info.Length > MaxFileBytes)
            {
                error = $"{path}: {info.Length} bytes is more than the {MaxFileBytes} a verifier input may have";
                return false;
            }
            text = StrictUtf8.GetString(File.ReadAllBytes(path));
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            error = $"{path}: {e.Message}";
            return false;
        }
    }

    public static bool TryReadBytes(string path, long maxBytes, [NotNullWhen(true)] out byte[]? bytes, [NotNullWhen(false)] out string? error)
    {
        bytes = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = $"{path}: no such file";
                return false;
            }
            if (info.Length > maxBytes)
            {
                error = $"{path}: {info.Length} bytes is more than the {maxBytes} this verifier reads";
                return false;
            }
            bytes = File.ReadAllBytes(path);
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: {e.Message}";
            return false;
        }
    }

    public static bool TryParseIndex(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>A proof file: one hex hash a line; blank lines at the end are allowed.</summary>
    public static bool TryReadProof(string path, [NotNullWhen(true)] out byte[][]? proof, [NotNullWhen(false)] out string? error)
    {
        proof = null;
        if (!TryReadText(path, out var text, out error))
        {
            return false;
        }
        var lines = text.TrimEnd('\n', '\r').Split('\n');
        if (lines is [""])
        {
            proof = [];
            return true;
        }
        var hashes = new byte[lines.Length][];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (!TryParseHex(line, out var hash))
            {
                error = $"{path}: line {i + 1} is not a hex hash";
                return false;
            }
            hashes[i] = hash;
        }
        proof = hashes;
        return true;
    }

    public static bool TryParseHex(string text, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (text.Length == 0 || text.Length % 2 != 0 || text.Length > 1024 || !text.All(char.IsAsciiHexDigit))
        {
            return false;
        }
        bytes = Convert.FromHexString(text);
        return true;
    }
}
