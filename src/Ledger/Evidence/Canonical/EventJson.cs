using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Ledger.Evidence.Canonical;

/// <summary>
/// How event data becomes JSON before JCS: camelCase member names, nulls written (absent and null are
/// not two spellings of one event), decimals, times and text by <see cref="CanonicalValues"/>, enums by their
/// declared member names (never numbers, which would change meaning if members were reordered), integers only
/// where a double holds them exactly (JCS reads numbers as doubles), and personal values wrapped in a marker
/// object for <see cref="Commitment"/> to replace. The store keeps each event's committed data with the
/// same value rules (<see cref="Plain"/> reads them back), so what it holds re-canonicalises to the hashed form.
/// </summary>
internal static class EventJson
{
    private const long MaxSafeInteger = (1L << 53) - 1;

    /// <summary>Value rules only: how a personal value itself is written before it is committed.</summary>
    public static readonly JsonSerializerOptions Plain = Create(new DefaultJsonTypeInfoResolver());

    /// <summary>Value rules and personal markers: how event data is written.</summary>
    public static readonly JsonSerializerOptions Marking = Create(new DefaultJsonTypeInfoResolver { Modifiers = { MarkPersonal } });

    private static JsonSerializerOptions Create(IJsonTypeInfoResolver resolver)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = resolver,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            // JCS re-escapes every string; escaping more here only costs time.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters =
            {
                new DecimalConverter(),
                new DateTimeOffsetConverter(),
                new DateTimeConverter(),
                new TextConverter(),
                new SafeIntegerConverter<long>(),
                new SafeIntegerConverter<ulong>(),
                new SafeIntegerConverter<Int128>(),
                new SafeIntegerConverter<UInt128>(),
                new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false),
            },
        };
        options.MakeReadOnly();
        return options;
    }

    private static void MarkPersonal(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        foreach (var property in type.Properties)
        {
            if (IsPersonal(property.AttributeProvider) || IsPersonal(property.AssociatedParameter?.AttributeProvider))
            {
                property.CustomConverter = (JsonConverter)Activator.CreateInstance(
                    typeof(PersonalConverter<>).MakeGenericType(property.PropertyType))!;
            }
        }
    }

    private static bool IsPersonal(ICustomAttributeProvider? member) =>
        member?.IsDefined(typeof(PersonalAttribute), inherit: true) == true;

    /// <summary>Writes the value with the plain rules inside the marker object; null never reaches it.</summary>
    private sealed class PersonalConverter<T> : WriteOnlyConverter<T>
    {
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(Commitment.Marker);
            JsonSerializer.Serialize(writer, value, Plain);
            writer.WriteEndObject();
        }
    }

    private abstract class WriteOnlyConverter<T> : JsonConverter<T>
    {
        public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("personal markers are written, never read");
    }

    private sealed class DecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            decimal.Parse(reader.GetString()!, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteStringValue(CanonicalValues.Decimal(value));
    }

    private sealed class DateTimeOffsetConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.ParseExact(reader.GetString()!, CanonicalValues.TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(CanonicalValues.TryTimestamp(value, out var text, out var problem) ? text : throw new JsonException(problem));
    }

    private sealed class DateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTime.ParseExact(reader.GetString()!, CanonicalValues.TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(CanonicalValues.TryTimestamp(value, out var text, out var problem) ? text : throw new JsonException(problem));
    }

    private sealed class TextConverter : JsonConverter<string>
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Normalize(value));

        // Dictionary keys are text too.
        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            if (value == Commitment.Marker)
            {
                throw new JsonException($"the dictionary key {Commitment.Marker} is reserved for personal values");
            }
            writer.WritePropertyName(Normalize(value));
        }

        private static string Normalize(string value) =>
            CanonicalValues.TryText(value, out var text, out var problem) ? text : throw new JsonException(problem);
    }

    private sealed class SafeIntegerConverter<T> : JsonConverter<T>
        where T : IBinaryInteger<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            T.CreateChecked(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            var saturated = long.CreateSaturating(value);
            if (saturated is > MaxSafeInteger or < -MaxSafeInteger)
            {
                throw new JsonException($"{value} is beyond ±(2^53 − 1), where JSON numbers lose digits in JCS: write it as a string");
            }
            writer.WriteNumberValue(saturated);
        }
    }
}
