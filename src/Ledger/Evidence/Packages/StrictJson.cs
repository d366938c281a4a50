using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Ledger.Evidence.Packages;

/// <summary>
/// Reads the package's JSON files strictly: every member known, every required one present with its type,
/// failures as one sentence naming the file and the member, e.g. <c>manifest.json: events[2].stream is missing or not a string</c>.
/// </summary>
internal static class StrictJson
{
    public static bool TryParse(ReadOnlyMemory<byte> json, string file, [NotNullWhen(true)] out JsonDocument? document, [NotNullWhen(false)] out string? error)
    {
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            document = null;
            error = $"{file}: not JSON ({e.Message})";
            return false;
        }
    }

    /// <summary>An object with no member outside <paramref name="fields"/>.</summary>
    public static bool TryObject(JsonElement element, string where, IReadOnlyCollection<string> fields, [NotNullWhen(false)] out string? error)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = $"{where} is not a JSON object";
            return false;
        }
        foreach (var member in element.EnumerateObject())
        {
            if (!fields.Contains(member.Name))
            {
                error = $"{where} has a member '{member.Name}' that the format does not define";
                return false;
            }
        }
        error = null;
        return true;
    }

    public static bool TryString(JsonElement obj, string name, string where, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out string? error)
    {
        value = obj.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String ? member.GetString() : null;
        error = value is null ? $"{where}.{name} is missing or not a string" : null;
        return value is not null;
    }

    public static bool TryOptionalString(JsonElement obj, string name, string where, out string? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        error = null;
        if (obj.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        return TryString(obj, name, where, out value, out error);
    }

    /// <summary>A non-negative integer.</summary>
    public static bool TryCount(JsonElement obj, string name, string where, out long value, [NotNullWhen(false)] out string? error)
    {
        value = 0;
        var ok = obj.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.Number && member.TryGetInt64(out value) && value >= 0;
        error = ok ? null : $"{where}.{name} is missing or not a non-negative integer";
        return ok;
    }

    /// <summary>Lowercase hex of exactly <paramref name="bytes"/> bytes.</summary>
    public static bool TryHex(JsonElement obj, string name, string where, int bytes, [NotNullWhen(true)] out byte[]? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        if (!TryString(obj, name, where, out var text, out error))
        {
            return false;
        }
        if (text.Length != 2 * bytes || !text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f'))
        {
            error = $"{where}.{name} is not {bytes} bytes in lowercase hex";
            return false;
        }
        value = Convert.FromHexString(text);
        return true;
    }

    public static bool TryArray(JsonElement obj, string name, string where, out JsonElement.ArrayEnumerator items, [NotNullWhen(false)] out string? error)
    {
        items = default;
        if (!obj.TryGetProperty(name, out var member) || member.ValueKind != JsonValueKind.Array)
        {
            error = $"{where}.{name} is missing or not an array";
            return false;
        }
        items = member.EnumerateArray();
        error = null;
        return true;
    }
}
