using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Ledger.Evidence.Packages;

/// <summary>What a manifest repeats of a canonical event: its stream, version, type and time, read from the event itself.</summary>
internal sealed record EventFields(string Stream, long Version, string Type, string Time)
{
    public static bool TryRead(JsonElement root, [NotNullWhen(true)] out EventFields? fields, [NotNullWhen(false)] out string? error)
    {
        fields = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "the event is not a JSON object";
            return false;
        }
        if (!StrictJson.TryString(root, "stream", "event", out var stream, out error)
            || !StrictJson.TryCount(root, "version", "event", out var version, out error)
            || !StrictJson.TryString(root, "type", "event", out var type, out error)
            || !StrictJson.TryString(root, "time", "event", out var time, out error))
        {
            return false;
        }
        fields = new EventFields(stream, version, type, time);
        return true;
    }
}
