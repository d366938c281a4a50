using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace Ledger.Evidence.Canonical;

/// <summary>
/// One JSON text read into a flat list of nodes in document order, every scalar and member name already in
/// its canonical spelling, so that writing the canonical form is sorting member names and copying bytes.
/// Instances are reused per thread (<see cref="Rent"/>), which keeps canonicalisation free of allocations
/// other than its result.
/// </summary>
internal sealed partial class JcsTree
{
    private const int MaxDepth = 64;

    private static readonly SearchValues<byte> MustEscape = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\']);

    [ThreadStatic]
    private static JcsTree? spare;

    private readonly int[] open = new int[MaxDepth + 1];
    private Node[] nodes = new Node[64];
    private int nodeCount;

    // The input's bytes, then the canonical spellings of the scalars whose spelling differs from the input's.
    private byte[] text = new byte[4096];
    private int textLength;

    private enum Kind : byte
    {
        Object,
        Array,
        Scalar,
        Name,
    }

    /// <summary>
    /// A scalar's or name's canonical spelling is text[Start..Start+Length], quotes included; a name's value,
    /// unescaped, is text[KeyStart..KeyStart+KeyLength]. Containers count their members or elements.
    /// </summary>
    private struct Node
    {
        public Kind Kind;
        public int Start;
        public int Length;
        public int KeyStart;
        public int KeyLength;
        public int Count;
        public int Next;
        public int Parent;
        public int Slot;
        public int Position;
    }

    /// <summary>Takes this thread's tree, or a new one when it is in use further up the stack.</summary>
    public static JcsTree Rent()
    {
        var tree = spare ?? new JcsTree();
        spare = null;
        return tree;
    }

    /// <summary>Keeps the tree for this thread's next call, unless a huge input has left it holding megabytes.</summary>
    public static void Return(JcsTree tree)
    {
        const int retainedBytes = 1 << 20;
        if (tree.text.Length <= retainedBytes && tree.output.Length <= retainedBytes && tree.nodes.Length <= retainedBytes / 64)
        {
            spare = tree;
        }
    }

    /// <summary>Reads <paramref name="json"/>, enforcing RFC 8259 syntax and the I-JSON rules that need no sorting.</summary>
    /// <exception cref="CanonicalFormException">Not JSON, invalid UTF-8, a lone surrogate or a number beyond double.</exception>
    public void Read(ReadOnlySpan<byte> json)
    {
        nodeCount = 0;
        textLength = 0;
        EnsureText(json.Length);
        json.CopyTo(text);
        textLength = json.Length;

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        var depth = 0;
        open[0] = -1;
        try
        {
            while (reader.Read())
            {
                var parent = open[depth];
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        open[++depth] = Add(reader.TokenType == JsonTokenType.StartObject ? Kind.Object : Kind.Array, parent, reader);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        nodes[parent].Next = nodeCount;
                        depth--;
                        break;
                    case JsonTokenType.PropertyName:
                        ReadString(Add(Kind.Name, parent, reader), ref reader);
                        break;
                    case JsonTokenType.String:
                        ReadString(Add(Kind.Scalar, parent, reader), ref reader);
                        break;
                    case JsonTokenType.Number:
                        ReadNumber(Add(Kind.Scalar, parent, reader), reader.ValueSpan);
                        break;
                    default:
                        var literal = Add(Kind.Scalar, parent, reader);
                        nodes[literal].Start = (int)reader.TokenStartIndex;
                        nodes[literal].Length = reader.ValueSpan.Length;
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            throw new CanonicalFormException($"not JSON: {e.Message}", null, reader.BytesConsumed, e);
        }
    }

    private int Add(Kind kind, int parent, in Utf8JsonReader reader)
    {
        if (nodeCount == nodes.Length)
        {
            Array.Resize(ref nodes, nodes.Length * 2);
        }
        var index = nodeCount++;
        nodes[index] = new Node
        {
            Kind = kind,
            Parent = parent,
            Next = index + 1,
            Position = (int)reader.TokenStartIndex,
            Slot = parent >= 0 && nodes[parent].Kind == Kind.Array ? nodes[parent].Count : 0,
        };
        if (parent >= 0 && (kind == Kind.Name || nodes[parent].Kind == Kind.Array))
        {
            nodes[parent].Count++;
        }
        return index;
    }

    private void ReadString(int index, ref Utf8JsonReader reader)
    {
        ref var node = ref nodes[index];
        var raw = reader.ValueSpan;
        // The input spelling names the member in error messages until the name is unescaped.
        node.KeyStart = node.Position + 1;
        node.KeyLength = raw.Length;
        if (!Utf8.IsValid(raw))
        {
            throw Error(index, node.Kind == Kind.Name ? "member name is not valid UTF-8" : "string is not valid UTF-8");
        }
        if (!reader.ValueIsEscaped)
        {
            // Raw JSON string content cannot hold '"', '\' or controls: its input spelling is canonical.
            node.Start = node.Position;
            node.Length = raw.Length + 2;
            return;
        }
        EnsureText(checked(raw.Length * 7 + 4));
        int unescaped;
        try
        {
            unescaped = reader.CopyString(text.AsSpan(textLength + 1));
        }
        catch (InvalidOperationException e)
        {
            throw Error(index, "string escapes a lone surrogate", e);
        }
        var value = text.AsSpan(textLength + 1, unescaped);
        node.KeyStart = textLength + 1;
        node.KeyLength = unescaped;
        if (value.IndexOfAny(MustEscape) < 0)
        {
            text[textLength] = (byte)'"';
            text[textLength + 1 + unescaped] = (byte)'"';
            node.Start = textLength;
            node.Length = unescaped + 2;
            textLength += node.Length;
            return;
        }
        textLength += 1 + unescaped;
        node.Start = textLength;
        node.Length = WriteEscaped(value, text.AsSpan(textLength));
        textLength += node.Length;
    }

    /// <summary>
    /// RFC 8785 §3.2.2.2: '"' and '\' are escaped with a backslash; U+0008, U+0009, U+000A, U+000C and U+000D
    /// as \b \t \n \f \r; the other controls below U+0020 as \u00xx in lowercase hex; everything else,
    /// '/' and non-ASCII included, is written as its UTF-8 bytes.
    /// </summary>
    private static int WriteEscaped(ReadOnlySpan<byte> value, Span<byte> destination)
    {
        var written = 0;
        destination[written++] = (byte)'"';
        foreach (var b in value)
        {
            var escape = b switch
            {
                (byte)'"' => (byte)'"',
                (byte)'\\' => (byte)'\\',
                0x08 => (byte)'b',
                0x09 => (byte)'t',
                0x0A => (byte)'n',
                0x0C => (byte)'f',
                0x0D => (byte)'r',
                < 0x20 => (byte)'u',
                _ => (byte)0,
            };
            if (escape == 0)
            {
                destination[written++] = b;
                continue;
            }
            destination[written++] = (byte)'\\';
            destination[written++] = escape;
            if (escape == 'u')
            {
                destination[written++] = (byte)'0';
                destination[written++] = (byte)'0';
                destination[written++] = (byte)"0123456789abcdef"[b >> 4];
                destination[written++] = (byte)"0123456789abcdef"[b & 0xF];
            }
        }
        destination[written++] = (byte)'"';
        return written;
    }

    private void ReadNumber(int index, ReadOnlySpan<byte> token)
    {
        EnsureText(JcsNumber.MaxLength);
        var length = JcsNumber.Format(token, text.AsSpan(textLength));
        if (length < 0)
        {
            throw Error(index, $"number {System.Text.Encoding.UTF8.GetString(token)} is beyond the range of an IEEE-754 double");
        }
        nodes[index].Start = textLength;
        nodes[index].Length = length;
        textLength += length;
    }

    private void EnsureText(int more)
    {
        var needed = checked(textLength + more);
        if (needed > text.Length)
        {
            Array.Resize(ref text, Math.Max(needed, text.Length * 2));
        }
    }
}
