using System.Globalization;

namespace Ledger.Evidence.Canonical;

/// <summary>
/// RFC 8785 §3.2.2.3: a number is written as ECMAScript's Number.prototype.toString writes the IEEE-754
/// double it parses to (ECMA-262 Number::toString). With s the shortest digit string that reads back as the
/// same double (k digits, no trailing zeros) and n the position of the decimal point (value = 0.s × 10^n):
/// <list type="bullet">
/// <item>0 and -0 are "0"; a negative value is "-" followed by its magnitude;</item>
/// <item>k ≤ n ≤ 21: the digits then n−k zeros (integers below 10^21 are written out);</item>
/// <item>0 &lt; n ≤ 21: the first n digits, ".", the rest;</item>
/// <item>−6 &lt; n ≤ 0: "0.", −n zeros, the digits;</item>
/// <item>otherwise: the first digit, "." and the rest if k &gt; 1, "e", "+" or "-", and |n−1|.</item>
/// </list>
/// .NET's round-trip format ("R") already yields the shortest digits, nearest to the value on ties, since
/// .NET Core 3.0; only the layout is redone here.
/// </summary>
internal static class JcsNumber
{
    /// <summary>Enough for "-", 17 digits, "." and "e-324", and for "-0.00000" and 17 digits.</summary>
    public const int MaxLength = 32;

    // Integers of up to 15 digits are exact doubles and print as themselves: most numbers in events.
    private const int ExactDigits = 15;

    /// <summary>
    /// Writes the canonical form of a JSON number token that the reader has already checked for syntax.
    /// </summary>
    /// <returns>The bytes written, or -1 when the number is beyond double's range (I-JSON forbids it).</returns>
    public static int Format(ReadOnlySpan<byte> token, Span<byte> destination)
    {
        if (IsShortInteger(token))
        {
            token.CopyTo(destination);
            return token.Length;
        }
        var value = double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? Format(value, destination) : -1;
    }

    /// <summary>Writes <paramref name="value"/>, which MUST be finite, as ECMAScript would.</summary>
    public static int Format(double value, Span<byte> destination)
    {
        if (value == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }
        Span<byte> roundTrip = stackalloc byte[MaxLength];
        value.TryFormat(roundTrip, out var roundTripLength, "R", CultureInfo.InvariantCulture);
        roundTrip = roundTrip[..roundTripLength];

        var written = 0;
        if (roundTrip[0] == '-')
        {
            destination[written++] = (byte)'-';
            roundTrip = roundTrip[1..];
        }
        Span<byte> digits = stackalloc byte[MaxLength];
        var k = 0;
        var point = -1;
        var exponent = 0;
        for (var i = 0; i < roundTrip.Length; i++)
        {
            var c = roundTrip[i];
            if (c == '.')
            {
                point = k;
            }
            else if (c == 'E')
            {
                exponent = int.Parse(roundTrip[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[k++] = c;
            }
        }
        var n = (point < 0 ? k : point) + exponent;
        var lead = 0;
        while (digits[lead] == '0')
        {
            lead++;
            n--;
        }
        while (digits[k - 1] == '0')
        {
            k--;
        }
        return written + Layout(digits[lead..k], n, destination[written..]);
    }

    private static int Layout(ReadOnlySpan<byte> digits, int n, Span<byte> destination)
    {
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            digits.CopyTo(destination);
            destination[k..n].Fill((byte)'0');
            return n;
        }
        if (0 < n && n <= 21)
        {
            digits[..n].CopyTo(destination);
            destination[n] = (byte)'.';
            digits[n..].CopyTo(destination[(n + 1)..]);
            return k + 1;
        }
        if (-6 < n && n <= 0)
        {
            destination[0] = (byte)'0';
            destination[1] = (byte)'.';
            destination[2..(2 - n)].Fill((byte)'0');
            digits.CopyTo(destination[(2 - n)..]);
            return 2 - n + k;
        }
        var written = 0;
        destination[written++] = digits[0];
        if (k > 1)
        {
            destination[written++] = (byte)'.';
            digits[1..].CopyTo(destination[written..]);
            written += k - 1;
        }
        destination[written++] = (byte)'e';
        destination[written++] = n - 1 < 0 ? (byte)'-' : (byte)'+';
        Math.Abs(n - 1).TryFormat(destination[written..], out var exponentLength, default, CultureInfo.InvariantCulture);
        return written + exponentLength;
    }

    private static bool IsShortInteger(ReadOnlySpan<byte> token)
    {
        var negative = token[0] == '-';
        var digits = negative ? token[1..] : token;
        if (digits.Length > ExactDigits || (negative && digits is [(byte)'0']))
        {
            return false;
        }
        foreach (var c in digits)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }
        return true;
    }
}
