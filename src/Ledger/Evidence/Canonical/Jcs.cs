using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Ledger.Evidence.Canonical;

/// <summary>
/// RFC 8785 JSON Canonicalization Scheme, exactly: anyone with a JCS implementation can recompute an event's
/// bytes and hash. The canonical form of a JSON text is its UTF-8 with
/// <list type="bullet">
/// <item>no whitespace between tokens;</item>
/// <item>object members sorted by name, names compared as arrays of UTF-16 code units (§3.2.3), recursively;
/// array order kept;</item>
/// <item>strings unescaped and re-escaped minimally (§3.2.2.2): only '"', '\' and controls below U+0020,
/// see <see cref="JcsTree"/>;</item>
/// <item>numbers as ECMAScript prints the double they denote (§3.2.2.3), see <see cref="JcsNumber"/>;</item>
/// <item>true, false and null as themselves.</item>
/// </list>
/// Input MUST be I-JSON (RFC 7493), otherwise there is no canonical form and a
/// <see cref="CanonicalFormException"/> says why and where: invalid UTF-8, a lone surrogate (raw or escaped),
/// a duplicate member name (compared after unescaping), a number beyond double's range (1e400). Numbers that
/// double cannot hold exactly are rounded as RFC 8785 says (2^53 + 1 becomes 9007199254740992): callers that
/// care keep such values in strings. Nesting deeper than 64 is refused.
/// JCS does not normalise Unicode: "é" as one or two code points gives different bytes. Events are
/// normalised before they get here (<see cref="CanonicalValues.Text"/>).
/// </summary>
public static class Jcs
{
    /// <exception cref="CanonicalFormException">The input is not I-JSON.</exception>
    public static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json)
    {
        var tree = JcsTree.Rent();
        try
        {
            tree.Read(utf8Json);
            return tree.Write().ToArray();
        }
        finally
        {
            JcsTree.Return(tree);
        }
    }

    /// <summary>Appends the canonical form of <paramref name="utf8Json"/> to <paramref name="destination"/>.</summary>
    /// <returns>The number of bytes appended.</returns>
    /// <exception cref="CanonicalFormException">The input is not I-JSON; nothing is appended.</exception>
    public static int Canonicalize(ReadOnlySpan<byte> utf8Json, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var tree = JcsTree.Rent();
        try
        {
            tree.Read(utf8Json);
            var canonical = tree.Write();
            canonical.CopyTo(destination.GetSpan(canonical.Length));
            destination.Advance(canonical.Length);
            return canonical.Length;
        }
        finally
        {
            JcsTree.Return(tree);
        }
    }

    /// <summary>The canonical form of an element, read from the UTF-8 it was parsed from.</summary>
    /// <exception cref="CanonicalFormException">The element is not I-JSON; positions are relative to its first byte.</exception>
    public static byte[] Canonicalize(JsonElement element) => Canonicalize(JsonMarshal.GetRawUtf8Value(element));

    /// <inheritdoc cref="Canonicalize(ReadOnlySpan{byte}, IBufferWriter{byte})"/>
    public static int Canonicalize(JsonElement element, IBufferWriter<byte> destination) =>
        Canonicalize(JsonMarshal.GetRawUtf8Value(element), destination);

    /// <summary>
    /// True when <paramref name="utf8Json"/> is I-JSON already in canonical form, byte for byte: what a verifier
    /// asks of stored event bytes before it trusts their hash to mean the event. Never throws.
    /// </summary>
    public static bool IsCanonical(ReadOnlySpan<byte> utf8Json)
    {
        var tree = JcsTree.Rent();
        try
        {
            tree.Read(utf8Json);
            return tree.Write().SequenceEqual(utf8Json);
        }
        catch (CanonicalFormException)
        {
            return false;
        }
        finally
        {
            JcsTree.Return(tree);
        }
    }
}
