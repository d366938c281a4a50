using Ledger.Api.Hosting;
using Ledger.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Log;

/// <summary>
/// What outsiders need to check the log, served to anyone: the newest signed block and any earlier one, the
/// verifier keys signing now, every key the log has signed with (the keyring, kept from the recorded key
/// rotations), the Merkle tree as C2SP tlog-tiles hash tiles, and RFC 9162 inclusion and consistency proofs for
/// clients that would rather not assemble them from tiles. Nothing here shows a tree larger than the newest block's.
/// </summary>
public static partial class LogEndpoints
{
    public static void MapLog(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/log").AllowAnonymous();
        group.MapGet("/checkpoint", CheckpointAsync);
        group.MapGet("/blocks/{height}", BlockAsync);
        group.MapGet("/key", Results<ContentHttpResult, ProblemHttpResult> (LedgerRuntime runtime) =>
            runtime.Store is not { } store
                ? Starting()
                : TypedResults.Text(string.Concat(store.Keys.At(store.Options.Clock.GetUtcNow()).Select(k => k.Verifier + "\n")), "text/plain; charset=utf-8"));
        group.MapGet("/keys", Results<ContentHttpResult, ProblemHttpResult> (LedgerRuntime runtime) =>
            runtime.Store is not { } store
                ? Starting()
                : TypedResults.Text(store.Keys.Keyring.ToJson(), "application/json; charset=utf-8"));
        group.MapGet("/tile/{level}/{**index}", TileAsync);
        group.MapGet("/proof/inclusion", InclusionAsync);
        group.MapGet("/proof/consistency", ConsistencyAsync);
    }

    /// <summary>
    /// <c>GET /log/checkpoint</c>: the newest block's signed note. It changes with every seal, so caches must
    /// revalidate it (tlog-tiles: no caching beyond a few seconds).
    /// </summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> CheckpointAsync(LedgerRuntime runtime, HttpContext http, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        if (await store.NewestBlockAsync(ct) is not { } note)
        {
            return TypedResults.Problem("no block has been sealed yet", statusCode: StatusCodes.Status404NotFound);
        }
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Text(note, "text/plain; charset=utf-8");
    }

    /// <summary><c>GET /log/blocks/{height}</c>: the signed note of the block at that height (0 for the first); it never changes.</summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> BlockAsync(string height, LedgerRuntime runtime, HttpContext http, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        if (!LogQuery.TryParseNumber(height, "height", out var h, out var error))
        {
            return BadRequest(error);
        }
        if (await store.BlockNoteAsync(h, ct) is not { } note)
        {
            return TypedResults.Problem($"the log has no block at height {h}", statusCode: StatusCodes.Status404NotFound);
        }
        http.Response.Headers.CacheControl = Immutable;
        return TypedResults.Text(note, "text/plain; charset=utf-8");
    }

    private const string Immutable = "public, max-age=31536000, immutable";

    private static ProblemHttpResult Starting() =>
        TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A refused read is the request's fault (400); a missing one names what the log does not have (404).</summary>
    private static ProblemHttpResult Problem<T>(LogRead<T> read)
        where T : class =>
        TypedResults.Problem(read.Problem, statusCode: read.IsMissing ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest);
}
