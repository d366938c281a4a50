using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Keys;

/// <summary>
/// The log's published keys with their validity and revocation. A block counts as signed by the log only
/// if a key valid at the block's time verifies it: a revoked key's signature after its revocation fails,
/// one made before still passes. The JSON form is what the log publishes and an auditor saves:
/// <c>{"keys":[{"vkey":"…","validFrom":"…","validUntil":null,"revokedAt":null,"revocationReason":null}]}</c>.
/// </summary>
public sealed class Keyring
{
    public Keyring(IEnumerable<KeyringEntry> entries) => Entries = [.. entries];

    public IReadOnlyList<KeyringEntry> Entries { get; }

    public IEnumerable<VerifierKey> Keys => Entries.Select(e => e.Key);

    /// <summary>A keyring of bare keys with no known life: every signature time is accepted.</summary>
    public static Keyring Trusting(IEnumerable<VerifierKey> keys) => new(keys.Select(k => new KeyringEntry(k, DateTimeOffset.MinValue)));

    public KeyringEntry? Find(VerifierKey key) => Entries.FirstOrDefault(e => e.Key.ToString() == key.ToString());

    public static bool TryParse(string json, out Keyring? keyring, out string? error)
    {
        keyring = null;
        try
        {
            var entries = new List<KeyringEntry>();
            var keys = JsonNode.Parse(json)?["keys"]?.AsArray() ?? throw new FormatException("no \"keys\" array");
            for (var i = 0; i < keys.Count; i++)
            {
                var entry = keys[i] ?? throw new FormatException($"keys[{i}] is null");
                var vkey = entry["vkey"]?.GetValue<string>() ?? throw new FormatException($"keys[{i}].vkey is missing");
                if (!VerifierKey.TryParse(vkey, out var key, out var keyError))
                {
                    throw new FormatException($"keys[{i}].vkey: {keyError}");
                }
                entries.Add(new KeyringEntry(
                    key,
                    Time(entry["validFrom"], $"keys[{i}].validFrom") ?? throw new FormatException($"keys[{i}].validFrom is missing"),
                    Time(entry["validUntil"], $"keys[{i}].validUntil"),
                    Time(entry["revokedAt"], $"keys[{i}].revokedAt"),
                    entry["revocationReason"]?.GetValue<string>()));
            }
            keyring = new Keyring(entries);
            error = null;
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            error = $"keyring: {e.Message}";
            return false;
        }
    }

    public string ToJson()
    {
        var keys = new JsonArray();
        foreach (var e in Entries)
        {
            keys.Add(new JsonObject
            {
                ["vkey"] = e.Key.ToString(),
                ["validFrom"] = Format(e.ValidFrom),
                ["validUntil"] = e.ValidUntil is { } until ? Format(until) : null,
                ["revokedAt"] = e.RevokedAt is { } revoked ? Format(revoked) : null,
                ["revocationReason"] = e.RevocationReason,
            });
        }
        // Relaxed escaping: vkeys keep their '+' and reasons their Chinese as written, for the auditor who reads the file.
        return new JsonObject { ["keys"] = keys }.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Time(JsonNode? node, string field)
    {
        if (node is null)
        {
            return null;
        }
        var text = node.GetValue<string>();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new FormatException($"{field} '{text}' is not a time");
    }
}
