using System.Text.Json;
using Ledger.Evidence.Canonical;

namespace Ledger.Store;

/// <summary>
/// Marten writes events with the canonical value rules (camelCase, decimals and times as strings with one
/// spelling, enums by name), so an event's stored JSON is its committed canonical data, re-canonicalised
/// to the very bytes that were hashed.
/// </summary>
internal static class StoredEventJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = EventJson.Plain.PropertyNamingPolicy;
        options.DefaultIgnoreCondition = EventJson.Plain.DefaultIgnoreCondition;
        options.Encoder = EventJson.Plain.Encoder;
        foreach (var converter in EventJson.Plain.Converters)
        {
            options.Converters.Insert(0, converter);
        }
    }
}
