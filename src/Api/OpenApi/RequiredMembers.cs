using Ledger.Api.Commands;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ledger.Api.OpenApi;

/// <summary>Marks as required exactly the members a body must carry (<see cref="CommandJson.IsRequired"/>), so the document states the rule the commands enforce.</summary>
internal sealed class RequiredMembers : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not null || context.JsonTypeInfo.Kind != System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object)
        {
            return Task.CompletedTask;
        }
        // Exactly these: the generator on its own also lists nullable constructor parameters, which a body may leave out.
        var required = context.JsonTypeInfo.Properties.Where(CommandJson.IsRequired).Select(p => p.Name).ToHashSet();
        schema.Required = required.Count == 0 ? null : required;
        return Task.CompletedTask;
    }
}
