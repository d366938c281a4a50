using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Ledger.Api.Commands;

/// <summary>
/// The JSON of command bodies: the API's conventions (camelCase, enums by name), made strict, so a body either says
/// everything the command needs or is refused naming what is wrong. A missing field that is not nullable, a null in
/// one, a field the command does not have, or nesting past <see cref="CommandLimits.MaxDepth"/> fails to bind,
/// instead of reaching the rules as null or zero.
/// </summary>
public sealed class CommandJson
{
    public CommandJson(IOptions<HttpJsonOptions> http)
    {
        Replies = http.Value.SerializerOptions;
        var strict = new JsonSerializerOptions(Replies)
        {
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            MaxDepth = CommandLimits.MaxDepth,
        };
        strict.TypeInfoResolver = (strict.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(RequireNonNullableMembers);
        strict.MakeReadOnly();
        Commands = strict;
    }

    /// <summary>For reading command bodies.</summary>
    public JsonSerializerOptions Commands { get; }

    /// <summary>For writing answers, as every other endpoint writes them.</summary>
    public JsonSerializerOptions Replies { get; }

    /// <summary>
    /// A member a body must carry: declared required, or a constructor parameter (a record's positional member) that is
    /// neither nullable nor defaulted. System.Text.Json would otherwise fill it with null or zero.
    /// </summary>
    public static bool IsRequired(JsonPropertyInfo property) =>
        property.IsRequired || property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false };

    private static void RequireNonNullableMembers(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        foreach (var property in type.Properties)
        {
            property.IsRequired = IsRequired(property);
        }
    }
}
