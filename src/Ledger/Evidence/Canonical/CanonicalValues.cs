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
    public static string Timestamp(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        if (utc.Ticks % TimeSpan.TicksPerMicrosecond != 0)
        {
            throw new ArgumentException(
                $"{value.ToString("O", CultureInfo.InvariantCulture)} has sub-microsecond ticks; canonical times hold whole microseconds (PostgreSQL's precision): truncate where the time is taken",
                nameof(value));
        }
        return utc.ToString(TimestampFormat, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc cref="Timestamp(DateTimeOffset)"/>
    /// <exception cref="ArgumentException">The kind is not UTC: a local or unspecified time means different instants on different hosts.</exception>
    public static string Timestamp(DateTime value)
    {
        if (value.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException(
                $"{value.ToString("O", CultureInfo.InvariantCulture)} is a {value.Kind} time; events take UTC times or DateTimeOffset",
                nameof(value));
        }
        return Timestamp(new DateTimeOffset(value));
    }

    /// <summary>
    /// Unicode Normalization Form C, so text that looks the same hashes the same: "é" typed as U+00E9 or as
    /// e + U+0301, 李 typed as U+674E or as the compatibility ideograph U+F9E1. The Unicode data is pinned
    /// (<see cref="UnicodeVersion"/>) rather than taken from the host, whose ICU may differ or be absent.
    /// </summary>
    /// <exception cref="ArgumentException">The string holds a lone surrogate, which no UTF-8 can carry.</exception>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Nfc.Normalize(value);
    }

    /// <summary>The Unicode version whose normalization data <see cref="Text"/> applies.</summary>
    public static string UnicodeVersion => NfcData.UnicodeVersion;
}
