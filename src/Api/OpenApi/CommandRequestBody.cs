using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ledger.Api.OpenApi;

/// <summary>A command's JSON body in the document, its schema a component named after the command.</summary>
internal static class CommandRequestBody
{
    public static async Task<OpenApiRequestBody> CreateAsync(Type command, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        context.Document!.AddComponent(command.Name, await context.GetOrCreateSchemaAsync(command, null, ct));
        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = new OpenApiSchemaReference(command.Name, context.Document) },
            },
        };
    }
}
