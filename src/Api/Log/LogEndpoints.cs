using Ledger.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Log;

/// <summary>
/// What outsiders need to check the log: the newest signed block, the verifier keys signing now, and every key
/// the log has signed with, with its validity (the keyring, kept from the key rotations the ledger recorded).
/// </summary>
public static class LogEndpoints
{
    public static void MapLog(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/log").AllowAnonymous();
        group.MapGet("/checkpoint", async Task<Results<ContentHttpResult, ProblemHttpResult>> (LedgerRuntime runtime, CancellationToken ct) =>
            runtime.Store is not { } store
                ? TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable)
                : await store.NewestBlockAsync(ct) is { } note
                    ? TypedResults.Text(note, "text/plain; charset=utf-8")
                    : TypedResults.Problem("no block has been sealed yet", statusCode: StatusCodes.Status404NotFound));
        group.MapGet("/key", Results<ContentHttpResult, ProblemHttpResult> (LedgerRuntime runtime) =>
            runtime.Store is not { } store
                ? TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable)
                : TypedResults.Text(string.Concat(store.Keys.At(store.Options.Clock.GetUtcNow()).Select(k => k.Verifier + "\n")), "text/plain; charset=utf-8"));
        group.MapGet("/keys", Results<ContentHttpResult, ProblemHttpResult> (LedgerRuntime runtime) =>
            runtime.Store is not { } store
                ? TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable)
                : TypedResults.Text(store.Keys.Keyring.ToJson(), "application/json; charset=utf-8"));
    }
}
