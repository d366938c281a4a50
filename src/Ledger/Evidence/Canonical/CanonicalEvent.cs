using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Merkle;

namespace Ledger.Evidence.Canonical;

/// <summary>
/// An event in the form that is hashed, logged and handed to courts: the RFC 8785 canonical UTF-8 of
/// <code>{"data":{…},"prev":"&lt;hex&gt;"|null,"stream":"…","time":"yyyy-MM-ddTHH:mm:ss.ffffffZ","type":"…","version":N}</code>
/// with personal values replaced by commitments, and its event hash, which is the RFC 9162 leaf hash
/// H(0x00 || bytes): a receipt's inclusion proof proves the event hash directly.
/// </summary>
public sealed class CanonicalEvent
{
    private const long MaxVersion = (1L << 53) - 1;

    private CanonicalEvent(byte[] bytes, byte[] hash, IReadOnlyList<Disclosure> disclosures)
    {
        Bytes = bytes;
        Hash = hash;
        Disclosures = disclosures;
    }

    /// <summary>The canonical JSON, UTF-8: what is stored and what <see cref="Hash"/> covers.</summary>
    public byte[] Bytes { get; }

    /// <summary>The event hash: <see cref="HashOf"/> of <see cref="Bytes"/>.</summary>
    public byte[] Hash { get; }

    /// <summary>The personal values, kept beside the event and never hashed into it; empty when there are none.</summary>
    public IReadOnlyList<Disclosure> Disclosures { get; }

    /// <summary>
    /// Builds the canonical event. <paramref name="data"/> is written by its runtime type: camelCase names, nulls
    /// kept, decimals and times as strings (<see cref="CanonicalValues"/>), text in NFC, enums by member name,
    /// integers within ±(2^53 − 1); each <see cref="PersonalAttribute"/> property not null becomes a commitment
    /// with a fresh salt, so two calls give different bytes exactly when there are personal values.
    /// </summary>
    /// <exception cref="ArgumentException">The envelope is inconsistent, or a value has no canonical spelling
    /// (a sub-microsecond or non-UTC time, an integer beyond 2^53, a lone surrogate); the message names the member.</exception>
    public static CanonicalEvent Create(CryptoSuite suite, EventEnvelope envelope, object data) => Create(suite, envelope, data, meta: null);

    /// <summary>
    /// As <see cref="Create(CryptoSuite, EventEnvelope, object)"/>, with <paramref name="meta"/> (who acted, from
    /// where, in answer to what) written under <c>"meta"</c> by the same rules, so it is hashed and chained with
    /// the event; its personal values are committed too, at paths under <c>/meta</c>.
    /// </summary>
    public static CanonicalEvent Create(CryptoSuite suite, EventEnvelope envelope, object data, object? meta)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(data);
        Check(envelope);
        var type = Spelled(CanonicalValues.TryText(envelope.Type, out var text, out var problem), text, problem, "type");
        var stream = Spelled(CanonicalValues.TryText(envelope.Stream, out text, out problem), text, problem, "stream");
        var time = Spelled(CanonicalValues.TryTimestamp(envelope.Time, out text, out problem), text, problem, "time");

        var json = Serialize(data, nameof(data));
        using var document = JsonDocument.Parse(json);
        using var metaDocument = meta is null ? null : JsonDocument.Parse(Serialize(meta, nameof(meta)));

        var disclosures = new List<Disclosure>();
        var buffer = new ArrayBufferWriter<byte>(json.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            Commitment.WriteCommitted(writer, document.RootElement, "/data", suite, disclosures);
            if (metaDocument is not null)
            {
                writer.WritePropertyName("meta");
                Commitment.WriteCommitted(writer, metaDocument.RootElement, "/meta", suite, disclosures);
            }
            if (envelope.Previous is null)
            {
                writer.WriteNull("prev");
            }
            else
            {
                writer.WriteString("prev", Convert.ToHexStringLower(envelope.Previous));
            }
            writer.WriteString("stream", stream);
            writer.WriteString("time", time);
            writer.WriteString("type", type);
            writer.WriteNumber("version", envelope.Version);
            writer.WriteEndObject();
        }
        var bytes = Jcs.Canonicalize(buffer.WrittenSpan);
        return new CanonicalEvent(bytes, HashOf(suite, bytes), disclosures.AsReadOnly());
    }

    /// <summary>
    /// The event hash of stored canonical bytes: H(0x00 || bytes), the RFC 9162 leaf hash. The bytes MUST be the
    /// canonical form (check with <see cref="Jcs.IsCanonical"/> where they come from outside); a hash of any
    /// other spelling of the same event is a different hash.
    /// </summary>
    public static byte[] HashOf(CryptoSuite suite, ReadOnlySpan<byte> canonicalBytes)
    {
        ArgumentNullException.ThrowIfNull(suite);
        return MerkleHasher.For(suite).HashLeaf(canonicalBytes);
    }

    private static byte[] Serialize(object value, string parameter)
    {
        byte[] json;
        try
        {
            json = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), EventJson.Marking);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"event {parameter} at {e.Path}: {e.Message}", parameter, e);
        }
        if (json.Length == 0 || json[0] != (byte)'{')
        {
            throw new ArgumentException($"event {parameter} must be written as a JSON object", parameter);
        }
        return json;
    }

    private static string Spelled(bool spelled, string? text, string? problem, string member) =>
        spelled ? text! : throw new ArgumentException($"envelope {member}: {problem}", "envelope");

    private static void Check(EventEnvelope envelope)
    {
        if (string.IsNullOrEmpty(envelope.Type) || string.IsNullOrEmpty(envelope.Stream))
        {
            throw new ArgumentException("an event needs a type and a stream", nameof(envelope));
        }
        if (envelope.Version is < 1 or > MaxVersion)
        {
            throw new ArgumentException($"version {envelope.Version} is outside 1..2^53 − 1", nameof(envelope));
        }
        if ((envelope.Previous is null) != (envelope.Version == 1))
        {
            throw new ArgumentException(
                $"version {envelope.Version} {(envelope.Previous is null ? "needs" : "cannot have")} the previous event's hash: only a stream's first event has none",
                nameof(envelope));
        }
        if (envelope.Previous is { Length: not CryptoSuite.HashSize })
        {
            throw new ArgumentException($"the previous event's hash has {envelope.Previous.Length} bytes, not {CryptoSuite.HashSize}", nameof(envelope));
        }
    }
}
