using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Ledger.Evidence.Crypto;

namespace Ledger.Store.Verification;

/// <summary>
/// The members of a stored canonical event that the store's other rows must agree with, read in one pass
/// without building a document: where the <c>data</c> object lies in the bytes (a member of canonical JSON
/// is itself canonical, so it compares byte for byte with Marten's re-canonicalised copy), the chain link,
/// the stream, type and version.
/// </summary>
internal readonly record struct EventFields(Range Data, bool HasPrev, string Stream, string Type, long Version)
{
    /// <summary>Reads the fields; the previous event's hash, if any, goes to <paramref name="prev"/> (32 bytes).</summary>
    public static bool TryRead(ReadOnlySpan<byte> canonical, Span<byte> prev, out EventFields fields, [NotNullWhen(false)] out string? error)
    {
        fields = default;
        Range? data = null;
        bool? hasPrev = null;
        string? stream = null, type = null;
        long? version = null;
        try
        {
            var reader = new Utf8JsonReader(canonical);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "the canonical bytes are not a JSON object";
                return false;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "data" when reader.TokenType == JsonTokenType.StartObject:
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        data = start..(int)reader.BytesConsumed;
                        break;
                    case "prev" when reader.TokenType == JsonTokenType.Null:
                        hasPrev = false;
                        break;
                    case "prev" when reader.TokenType == JsonTokenType.String && TryHex(reader.ValueSpan, prev):
                        hasPrev = true;
                        break;
                    case "stream" when reader.TokenType == JsonTokenType.String:
                        stream = reader.GetString();
                        break;
                    case "type" when reader.TokenType == JsonTokenType.String:
                        type = reader.GetString();
                        break;
                    case "version" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number):
                        version = number;
                        break;
                    case "meta" or "time":
                        reader.Skip();
                        break;
                    default:
                        error = $"member '{name}' of the canonical event is unexpected or has the wrong type";
                        return false;
                }
            }
        }
        catch (JsonException e)
        {
            error = $"the canonical bytes are not JSON ({e.Message})";
            return false;
        }
        if (data is null || hasPrev is null || stream is null || type is null || version is null)
        {
            error = "the canonical event lacks one of data, prev, stream, type and version";
            return false;
        }
        fields = new EventFields(data.Value, hasPrev.Value, stream, type, version.Value);
        error = null;
        return true;
    }

    private static bool TryHex(ReadOnlySpan<byte> text, Span<byte> destination)
    {
        if (text.Length != 2 * CryptoSuite.HashSize)
        {
            return false;
        }
        for (var i = 0; i < CryptoSuite.HashSize; i++)
        {
            var (high, low) = (Nibble(text[2 * i]), Nibble(text[(2 * i) + 1]));
            if ((high | low) < 0)
            {
                return false;
            }
            destination[i] = (byte)((high << 4) | low);
        }
        return true;
    }

    private static int Nibble(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => -1,
    };
}
