using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ledger.Api.OpenApi;

/// <summary>Every operation's errors are RFC 9457 problem details: the document says so with a default response, besides the specific ones.</summary>
internal sealed class ProblemResponses : IOpenApiOperationTransformer
{
    public const string MediaType = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        operation.Responses.TryAdd("default", Problem("any other error, as RFC 9457 problem details", context.Document));
        return Task.CompletedTask;
    }

    public static OpenApiResponse Problem(string description, OpenApiDocument? document) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [MediaType] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
        },
    };
}
