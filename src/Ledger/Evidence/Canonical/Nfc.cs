using System.Buffers;
using System.Text;

namespace Ledger.Evidence.Canonical;

/// <summary>
/// Unicode Normalization Form C (UAX #15) over the pinned <see cref="NfcData"/>: canonical decomposition,
/// canonical ordering, canonical composition. Strings made only of characters that can neither change nor
/// combine (all of CJK Unified Ideographs, ASCII, Latin-1) are returned as they are, without allocating.
/// </summary>
internal static class Nfc
{
    private const int HangulBase = 0xAC00, HangulCount = 11172;
    private const int LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7;
    private const int LeadCount = 19, VowelCount = 21, TrailCount = 28, VowelTrailCount = VowelCount * TrailCount;
    private const int LongestDecomposition = 4;

    private static readonly Dictionary<int, (int First, int Second)> Decomposition = [];
    private static readonly Dictionary<long, int> Composition = [];
    private static readonly Dictionary<int, byte> CombiningClass = [];

    // Code points that may change under NFC or combine with a neighbour: NFC_Quick_Check No or Maybe, or a
    // non-zero combining class. A string without them is already NFC.
    private static readonly ulong[] UnstableBmp = new ulong[0x10000 / 64];
    private static readonly HashSet<int> UnstableSupplementary = [];

    static Nfc()
    {
        var classes = NfcData.CombiningClasses;
        for (var i = 0; i < classes.Length; i += 3)
        {
            for (var cp = classes[i]; cp <= classes[i + 1]; cp++)
            {
                CombiningClass[cp] = (byte)classes[i + 2];
                MarkUnstable(cp);
            }
        }
        var excluded = new HashSet<int>(NfcData.CompositionExclusions.ToArray());
        var mappings = NfcData.Decompositions;
        for (var i = 0; i < mappings.Length; i += 3)
        {
            int cp = mappings[i], first = mappings[i + 1], second = mappings[i + 2];
            Decomposition[cp] = (first, second);
            var composes = second != 0 && ClassOf(first) == 0 && !excluded.Contains(cp);
            if (composes)
            {
                Composition[Pair(first, second)] = cp;
                MarkUnstable(second);
            }
            else
            {
                MarkUnstable(cp);
            }
        }
        for (var vowel = VowelBase; vowel < VowelBase + VowelCount; vowel++)
        {
            MarkUnstable(vowel);
        }
        for (var trail = TrailBase + 1; trail < TrailBase + TrailCount; trail++)
        {
            MarkUnstable(trail);
        }
    }

    /// <summary>The NFC form of <paramref name="text"/>; false when it is not well-formed UTF-16.</summary>
    /// <param name="loneSurrogate">Where the first lone surrogate is, when there is one; otherwise -1.</param>
    public static bool TryNormalize(string text, out string normalized, out int loneSurrogate)
    {
        normalized = text;
        loneSurrogate = FirstLoneSurrogate(text, out var mayChange);
        if (loneSurrogate >= 0 || !mayChange)
        {
            return loneSurrogate < 0;
        }
        var buffer = ArrayPool<int>.Shared.Rent(checked(text.Length * LongestDecomposition));
        try
        {
            var length = 0;
            foreach (var rune in text.EnumerateRunes())
            {
                length = Decompose(rune.Value, buffer, length);
            }
            length = Compose(buffer.AsSpan(0, length));
            var result = new StringBuilder(length);
            Span<char> units = stackalloc char[2];
            foreach (var cp in buffer.AsSpan(0, length))
            {
                result.Append(units[..new Rune(cp).EncodeToUtf16(units)]);
            }
            normalized = result.ToString();
            return true;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Scans the whole text: returns the index of its first lone surrogate or -1, and says whether it holds a
    /// code point that may change or combine under NFC (none does in ASCII, Latin-1 and CJK ideographs).
    /// </summary>
    private static int FirstLoneSurrogate(string text, out bool mayChange)
    {
        mayChange = false;
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != OperationStatus.Done)
            {
                return i;
            }
            i += consumed;
            var cp = rune.Value;
            mayChange |= cp >= 0x300 && (cp < 0x10000
                ? (UnstableBmp[cp >> 6] & (1UL << (cp & 63))) != 0
                : UnstableSupplementary.Contains(cp));
        }
        return -1;
    }

    /// <summary>Appends the full canonical decomposition of <paramref name="cp"/>, keeping marks in canonical order.</summary>
    private static int Decompose(int cp, int[] buffer, int length)
    {
        var syllable = cp - HangulBase;
        if (syllable is >= 0 and < HangulCount)
        {
            buffer[length++] = LeadBase + syllable / VowelTrailCount;
            buffer[length++] = VowelBase + syllable % VowelTrailCount / TrailCount;
            var trail = syllable % TrailCount;
            if (trail != 0)
            {
                buffer[length++] = TrailBase + trail;
            }
            return length;
        }
        if (Decomposition.TryGetValue(cp, out var mapping))
        {
            length = Decompose(mapping.First, buffer, length);
            return mapping.Second == 0 ? length : Decompose(mapping.Second, buffer, length);
        }
        var cls = ClassOf(cp);
        var at = length;
        while (cls != 0 && at > 0 && ClassOf(buffer[at - 1]) > cls)
        {
            buffer[at] = buffer[at - 1];
            at--;
        }
        buffer[at] = cp;
        return length + 1;
    }

    /// <summary>UAX #15 canonical composition in place; returns the new length.</summary>
    private static int Compose(Span<int> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }
        var starter = 0;
        var lastClass = ClassOf(text[0]) == 0 ? 0 : 256;
        var written = 1;
        for (var i = 1; i < text.Length; i++)
        {
            var cp = text[i];
            var cls = ClassOf(cp);
            var blocked = lastClass != 0 && lastClass >= cls;
            if (!blocked && TryCompose(text[starter], cp, out var composite))
            {
                text[starter] = composite;
                continue;
            }
            if (cls == 0)
            {
                starter = written;
            }
            lastClass = cls;
            text[written++] = cp;
        }
        return written;
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        var lead = first - LeadBase;
        var vowel = second - VowelBase;
        if (lead is >= 0 and < LeadCount && vowel is >= 0 and < VowelCount)
        {
            composite = HangulBase + (lead * VowelCount + vowel) * TrailCount;
            return true;
        }
        var syllable = first - HangulBase;
        var trail = second - TrailBase;
        if (syllable is >= 0 and < HangulCount && syllable % TrailCount == 0 && trail is > 0 and < TrailCount)
        {
            composite = first + trail;
            return true;
        }
        return Composition.TryGetValue(Pair(first, second), out composite);
    }

    private static int ClassOf(int cp) => cp < 0x300 ? 0 : CombiningClass.GetValueOrDefault(cp);

    private static long Pair(int first, int second) => ((long)first << 21) | (uint)second;

    private static void MarkUnstable(int cp)
    {
        if (cp < 0x10000)
        {
            UnstableBmp[cp >> 6] |= 1UL << (cp & 63);
        }
        else
        {
            UnstableSupplementary.Add(cp);
        }
    }
}
