using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ledger.Evidence.Canonical;

/// <summary>
/// One spelling per value in our events, applied before JCS (which canonicalises JSON, not meaning: it keeps
/// "1234.50" and "1234.5" apart). Every rule here is part of the hash; changing one changes every event hash.
/// </summary>
public static class CanonicalValues
{
    /// <summary>Microseconds, UTC, 'Z': PostgreSQL's timestamptz precision, so a stored time reads back exactly.</summary>
    public const string TimestampFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'";

    /// <summary>
    /// Money and bid prices: decimals, never binary floating point, written as JSON strings so no reader
    /// turns them into doubles. Invariant culture, no exponent, no '+', no leading zeros, trailing fractional
    /// zeros and a bare '.' removed, "-0" written "0": 1234.50m and 1234.5m are both "1234.5".
    /// </summary>
    public static string Decimal(decimal value)
    {
        Span<char> buffer = stackalloc char[40];
        value.TryFormat(buffer, out var length, "G", CultureInfo.InvariantCulture);
        ReadOnlySpan<char> text = buffer[..length];
        if (text.Contains('.'))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }
        return text is "-0" ? "0" : new string(text);
    }

    /// <summary>
    /// Instants as <see cref="TimestampFormat"/> after conversion to UTC, so the same instant has one spelling
    /// whatever offset it was taken in. Sub-microsecond ticks are refused rather than truncated: truncating here
    /// would hash a time other than the one the caller holds and later stores.
    /// </summary>
    /// <exception cref="ArgumentException">The instant has ticks below a microsecond.</exception>
    public static string Timestamp(DateTimeOffset value) =>
        TryTimestamp(value, out var text, out var problem) ? text : throw new ArgumentException(problem, nameof(value));

    /// <inheritdoc cref="Timestamp(DateTimeOffset)"/>
    /// <exception cref="ArgumentException">The kind is not UTC: a local or unspecified time means different instants on different hosts.</exception>
    public static string Timestamp(DateTime value) =>
        TryTimestamp(value, out var text, out var problem) ? text : throw new ArgumentException(problem, nameof(value));

    /// <summary>
    /// Unicode Normalization Form C, so text that looks the same hashes the same: "é" typed as U+00E9 or as
    /// e + U+0301, 李 typed as U+674E or as the compatibility ideograph U+F9E1. The Unicode data is pinned
    /// (<see cref="UnicodeVersion"/>) rather than taken from the host: the solution runs with
    /// InvariantGlobalization, where <see cref="string.Normalize()"/> returns its input unchanged, and another
    /// host's ICU may be of another version.
    /// </summary>
    /// <exception cref="ArgumentException">The string holds a lone surrogate, which no UTF-8 can carry.</exception>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryText(value, out var text, out var problem) ? text : throw new ArgumentException(problem, nameof(value));
    }

    internal static bool TryTimestamp(DateTimeOffset value, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem)
    {
        var utc = value.UtcDateTime;
        if (utc.Ticks % TimeSpan.TicksPerMicrosecond != 0)
        {
            (text, problem) = (null, $"{value.ToString("O", CultureInfo.InvariantCulture)} has sub-microsecond ticks; canonical times hold whole microseconds (PostgreSQL's precision): truncate where the time is taken");
            return false;
        }
        (text, problem) = (utc.ToString(TimestampFormat, CultureInfo.InvariantCulture), null);
        return true;
    }

    internal static bool TryTimestamp(DateTime value, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem)
    {
        if (value.Kind != DateTimeKind.Utc)
        {
            (text, problem) = (null, $"{value.ToString("O", CultureInfo.InvariantCulture)} is a {value.Kind} time; events take UTC times or DateTimeOffset");
            return false;
        }
        return TryTimestamp(new DateTimeOffset(value), out text, out problem);
    }

    internal static bool TryText(string value, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem)
    {
        if (Nfc.TryNormalize(value, out var normalized, out var loneSurrogate))
        {
            (text, problem) = (normalized, null);
            return true;
        }
        (text, problem) = (null, $"text holds a lone surrogate U+{(int)value[loneSurrogate]:X4} at index {loneSurrogate}, which UTF-8 cannot carry");
        return false;
    }

    /// <summary>The Unicode version whose normalization data <see cref="Text"/> applies.</summary>
    public static string UnicodeVersion => NfcData.UnicodeVersion;
}
