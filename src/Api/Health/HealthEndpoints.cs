using Ledger.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Health;

public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").AllowAnonymous();
        group.MapGet("/live", () => TypedResults.Ok(new { status = "live" }));
        group.MapGet("/ready", Results<Ok<object>, ProblemHttpResult> (LedgerRuntime runtime) =>
            runtime.IsReady
                ? TypedResults.Ok<object>(new { status = "ready" })
                : TypedResults.Problem("the store and the sealer are still starting", statusCode: StatusCodes.Status503ServiceUnavailable));
    }
}
