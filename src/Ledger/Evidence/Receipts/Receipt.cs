using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ledger.Evidence.Receipts;

/// <summary>
/// What a submitter keeps: the event's hash (its RFC 9162 leaf hash), its stream and version, optionally
/// the canonical event itself, and a C2SP tlog-proof binding the hash to a signed block. Verifies with
/// nothing but itself and the log's public key:
/// <code>
/// {"format":"ledger-receipt/v1","suite":"intl","stream":"…","version":3,"eventHash":"hex",
///  "event":"canonical JSON or absent","proof":"c2sp.org/tlog-proof@v1\nindex …"}
/// </code>
/// </summary>
public sealed record Receipt(string Suite, string Stream, long Version, byte[] EventHash, TlogProof Proof, string? Event = null)
{
    public const string Format = "ledger-receipt/v1";

    // Receipts are read by people too: keep Chinese text and quotes legible instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly HashSet<string> Fields = ["format", "suite", "stream", "version", "eventHash", "event", "proof"];

    public static bool TryParse(string json, [NotNullWhen(true)] out Receipt? receipt, [NotNullWhen(false)] out string? error)
    {
        receipt = null;
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 8 }) as JsonObject
                ?? throw new FormatException("receipt is not a JSON object");
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            error = $"receipt is not JSON: {e.Message}";
            return false;
        }
        var unknown = root.Select(p => p.Key).FirstOrDefault(name => !Fields.Contains(name));
        if (unknown is not null)
        {
            error = $"field {unknown} is not part of a {Format} receipt";
            return false;
        }
        if (!TryString(root, "format", out var format, out error))
        {
            return false;
        }
        if (format != Format)
        {
            error = $"field format is '{format}', not '{Format}'";
            return false;
        }
        if (!TryString(root, "suite", out var suite, out error)
            || !TryString(root, "stream", out var stream, out error)
            || !TryString(root, "eventHash", out var hashHex, out error)
            || !TryString(root, "proof", out var proofText, out error))
        {
            return false;
        }
        if (root["version"] is not JsonValue versionValue || !versionValue.TryGetValue<long>(out var version) || version < 1)
        {
            error = "field version is not a positive integer";
            return false;
        }
        if (hashHex.Length != 64 || !IsLowerHex(hashHex))
        {
            error = "field eventHash is not 64 lowercase hex digits";
            return false;
        }
        string? eventText = null;
        if (root["event"] is not null && !TryString(root, "event", out eventText, out error))
        {
            return false;
        }
        if (!TlogProof.TryParse(proofText, out var proof, out var proofError))
        {
            error = $"field proof: {proofError}";
            return false;
        }
        receipt = new Receipt(suite, stream, version, Convert.FromHexString(hashHex), proof, eventText);
        error = null;
        return true;
    }

    public string ToJson()
    {
        var root = new JsonObject
        {
            ["format"] = Format,
            ["suite"] = Suite,
            ["stream"] = Stream,
            ["version"] = Version,
            ["eventHash"] = Convert.ToHexStringLower(EventHash),
        };
        if (Event is not null)
        {
            root["event"] = Event;
        }
        root["proof"] = Proof.ToString();
        return root.ToJsonString(Written);
    }

    private static bool TryString(JsonObject root, string name, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        error = null;
        if (root[name] is JsonValue node && node.TryGetValue(out string? text) && text is not null)
        {
            value = text;
            return true;
        }
        error = $"field {name} is missing or not a string";
        return false;
    }

    private static bool IsLowerHex(string text) => text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
