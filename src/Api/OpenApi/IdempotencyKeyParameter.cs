using Ledger.Api.Idempotency;
using Microsoft.OpenApi;

namespace Ledger.Api.OpenApi;

/// <summary>The <c>Idempotency-Key</c> header of every command, as the document publishes it with its retention (the draft asks servers to).</summary>
internal static class IdempotencyKeyParameter
{
    public static OpenApiParameter Create() => new()
    {
        Name = IdempotencyKeyHeader.Name,
        In = ParameterLocation.Header,
        Required = true,
        Description = $"A key of the caller's own, new for each request (a UUID will do), 1 to {IdempotencyKeyHeader.MaxLength} printable ASCII "
            + $"characters, quoted as a structured-field String or not (draft-ietf-httpapi-idempotency-key-header). The same request sent again with "
            + $"the same key within {IdempotencyKeys.KeptFor.TotalHours:0} hours gets the first answer again, marked {IdempotencyKeyHeader.ReplayedName}: true, "
            + "and records nothing twice; the key used for another request is refused (422), and while the first is still running (409).",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKeyHeader.MaxLength },
    };
}
