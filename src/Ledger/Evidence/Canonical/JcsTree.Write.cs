using System.Globalization;
using System.Text;

namespace Ledger.Evidence.Canonical;

internal sealed partial class JcsTree
{
    private byte[] output = new byte[4096];
    private int outputLength;

    // Member indices of the objects being written, innermost last.
    private int[] members = new int[64];
    private int memberTop;

    /// <summary>
    /// Writes the tree last <see cref="Read"/> in canonical form. The span is valid until this tree is used again.
    /// </summary>
    /// <exception cref="CanonicalFormException">An object has two members with the same name.</exception>
    public ReadOnlySpan<byte> Write()
    {
        outputLength = 0;
        memberTop = 0;
        WriteNode(0);
        return output.AsSpan(0, outputLength);
    }

    private void WriteNode(int index)
    {
        ref readonly var node = ref nodes[index];
        switch (node.Kind)
        {
            case Kind.Object:
                WriteObject(index, node.Count);
                break;
            case Kind.Array:
                Put((byte)'[');
                for (int i = 0, element = index + 1; i < node.Count; i++, element = nodes[element].Next)
                {
                    if (i > 0)
                    {
                        Put((byte)',');
                    }
                    WriteNode(element);
                }
                Put((byte)']');
                break;
            default:
                Copy(node.Start, node.Length);
                break;
        }
    }

    /// <summary>
    /// RFC 8785 §3.2.3: members sorted by name, compared as arrays of UTF-16 code units after unescaping,
    /// so duplicates (RFC 7493 §2.3 forbids them) end up adjacent.
    /// </summary>
    private void WriteObject(int index, int count)
    {
        var first = memberTop;
        memberTop = checked(memberTop + count);
        if (memberTop > members.Length)
        {
            Array.Resize(ref members, Math.Max(memberTop, members.Length * 2));
        }
        for (int i = 0, name = index + 1; i < count; i++, name = nodes[name + 1].Next)
        {
            members[first + i] = name;
        }
        var order = new Utf16Order(text, nodes);
        Sort(members.AsSpan(first, count), order);

        Put((byte)'{');
        for (var i = 0; i < count; i++)
        {
            var name = members[first + i];
            if (i > 0)
            {
                if (order.Compare(members[first + i - 1], name) == 0)
                {
                    throw Error(Math.Max(members[first + i - 1], name), $"duplicate member name \"{KeyOf(name)}\"");
                }
                Put((byte)',');
            }
            Copy(nodes[name].Start, nodes[name].Length);
            Put((byte)':');
            WriteNode(name + 1);
        }
        Put((byte)'}');
        memberTop = first;
    }

    // Events have objects of a few dozen members, where insertion sort beats Span.Sort, which also boxes the comparer.
    private static void Sort(Span<int> names, Utf16Order order)
    {
        const int insertionLimit = 32;
        if (names.Length > insertionLimit)
        {
            names.Sort(order);
            return;
        }
        for (var i = 1; i < names.Length; i++)
        {
            var name = names[i];
            var at = i;
            while (at > 0 && order.Compare(names[at - 1], name) > 0)
            {
                names[at] = names[at - 1];
                at--;
            }
            names[at] = name;
        }
    }

    private void Put(byte b)
    {
        if (outputLength == output.Length)
        {
            Array.Resize(ref output, output.Length * 2);
        }
        output[outputLength++] = b;
    }

    private void Copy(int start, int length)
    {
        var needed = checked(outputLength + length);
        if (needed > output.Length)
        {
            Array.Resize(ref output, Math.Max(needed, output.Length * 2));
        }
        text.AsSpan(start, length).CopyTo(output.AsSpan(outputLength));
        outputLength = needed;
    }

    private CanonicalFormException Error(int index, string problem, Exception? inner = null) =>
        new(problem, PathOf(index), nodes[index].Position, inner);

    /// <summary>The RFC 6901 JSON Pointer of a node; a member name's pointer is its member's.</summary>
    private string PathOf(int index)
    {
        var segments = new List<string>();
        for (var i = index; nodes[i].Parent >= 0; i = nodes[i].Parent)
        {
            var parent = nodes[i].Parent;
            segments.Add(nodes[parent].Kind == Kind.Array
                ? nodes[i].Slot.ToString(CultureInfo.InvariantCulture)
                : JsonPointer.Escape(KeyOf(nodes[i].Kind == Kind.Name ? i : i - 1)));
        }
        segments.Reverse();
        return string.Concat(segments.Select(s => "/" + s));
    }

    private string KeyOf(int name) => Encoding.UTF8.GetString(text, nodes[name].KeyStart, nodes[name].KeyLength);

    /// <summary>
    /// Orders member names by UTF-16 code units while they are held as UTF-8. UTF-8 byte order is code point
    /// order, which agrees with UTF-16 order except between U+E000..U+FFFF and the supplementary planes:
    /// UTF-16 puts the surrogates of the latter first.
    /// </summary>
    private readonly struct Utf16Order(byte[] text, Node[] nodes) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var a = text.AsSpan(nodes[x].KeyStart, nodes[x].KeyLength);
            var b = text.AsSpan(nodes[y].KeyStart, nodes[y].KeyLength);
            var common = a.CommonPrefixLength(b);
            if (common == a.Length || common == b.Length)
            {
                return a.Length.CompareTo(b.Length);
            }
            // Both names are valid UTF-8 and agree up to here, so both differ inside the same code point.
            while ((a[common] & 0xC0) == 0x80)
            {
                common--;
            }
            Rune.DecodeFromUtf8(a[common..], out var ra, out _);
            Rune.DecodeFromUtf8(b[common..], out var rb, out _);
            return ra.IsBmp == rb.IsBmp
                ? ra.Value.CompareTo(rb.Value)
                : FirstCodeUnit(ra).CompareTo(FirstCodeUnit(rb));
        }

        private static int FirstCodeUnit(Rune rune) => rune.IsBmp ? rune.Value : 0xD800 + ((rune.Value - 0x10000) >> 10);
    }
}
