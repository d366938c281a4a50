using Microsoft.OpenApi;

namespace Ledger.Api.OpenApi;

/// <summary>
/// The API's OpenAPI document at <c>GET /openapi/v1.json</c>, open to anyone (it describes, it discloses nothing):
/// every endpoint with its request and answer types, the bearer scheme, the problem-details answers, and the
/// <c>Idempotency-Key</c> of the commands.
/// </summary>
public static class OpenApiSetup
{
    public static void AddLedgerOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Ledger",
                    Version = "v1",
                    Description = "A tamper-evident, event-sourced ledger for public-resource trading, business-address registration and administrative "
                        + "approvals. Every error is RFC 9457 problem details. Commands need an Idempotency-Key header and take bodies of at most "
                        + $"{Commands.CommandLimits.MaxBodyBytes / 1024} KiB.",
                };
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<BearerSecurity>();
            options.AddOperationTransformer<BearerSecurity>();
            options.AddOperationTransformer<ProblemResponses>();
            options.AddSchemaTransformer<RequiredMembers>();
        });

    public static void MapLedgerOpenApi(this IEndpointRouteBuilder app) => app.MapOpenApi().AllowAnonymous();
}
