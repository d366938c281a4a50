using Ledger.Api.Hosting;
using Ledger.Evidence.Merkle.Tiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Log;

public static partial class LogEndpoints
{
    private const string EntryBundles = "entries";

    /// <summary>
    /// <c>GET /log/tile/{L}/{N}[.p/{W}]</c>: a C2SP tlog-tiles hash tile, the tree's hashes at level 8·L, as
    /// <c>application/octet-stream</c>. Full tiles and partial ones alike are served once the newest block's tree
    /// holds them; either path's bytes never change (a partial tile's width is in its path), so both are cached as
    /// immutable. The hashes are the deployment suite's: SHA-256 as the spec says for intl, SM3 for a gm log.
    /// <para>
    /// Entry bundles (<c>/log/tile/entries/…</c>) are deliberately not served. The entries are the events, and
    /// publishing them would break tendering secrecy: who obtained the documents of which tender and who bid on it
    /// would be readable before the bids are opened. An event is shown only to whoever holds its receipt or an
    /// evidence package; the level-0 tiles carry only its leaf hash.
    /// </para>
    /// </summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> TileAsync(
        string level, string index, LedgerRuntime runtime, HttpContext http, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        if (level == EntryBundles)
        {
            return TypedResults.Problem(
                "entry bundles are not served: the entries are the ledger's events, and publishing them would reveal who bids on what before the opening; "
                + "an event comes with its receipt or an evidence package, and the level-0 tiles carry every leaf hash",
                statusCode: StatusCodes.Status404NotFound);
        }
        if (!TilePath.TryParse(level, index, out var tile, out var error))
        {
            return BadRequest(error);
        }
        var read = await store.ReadTileAsync(tile, ct);
        if (!read.IsFound)
        {
            return Problem(read);
        }
        http.Response.Headers.CacheControl = Immutable;
        return TypedResults.Bytes(read.Value!, "application/octet-stream");
    }
}
