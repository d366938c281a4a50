using Ledger.Api.Hosting;
using Ledger.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Log;

public static partial class LogEndpoints
{
    /// <summary>
    /// <c>GET /log/proof/inclusion?index=N[&amp;size=S]</c> or <c>?leaf=HEX[&amp;size=S]</c>: the RFC 9162 inclusion proof
    /// of a leaf, named by its index or by its leaf hash (an event's hash), in the tree of size S, by default the newest
    /// block's. The same proof can be assembled from the tiles; this saves a client the round trips.
    /// </summary>
    private static async Task<Results<Ok<InclusionReply>, ProblemHttpResult>> InclusionAsync(
        string? index, string? leaf, string? size, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        if ((index is null) == (leaf is null))
        {
            return BadRequest("name the leaf by exactly one of index=N and leaf=HEX");
        }
        if (!LogQuery.TryParseOptional(size, "size", out var treeSize, out var error))
        {
            return BadRequest(error);
        }
        LogRead<LogInclusionProof> read;
        if (index is not null)
        {
            if (!LogQuery.TryParseNumber(index, "index", out var leafIndex, out error))
            {
                return BadRequest(error);
            }
            read = await store.InclusionProofAsync(leafIndex, treeSize, ct);
        }
        else
        {
            if (!LogQuery.TryParseHash(leaf!, "leaf", out var leafHash, out error))
            {
                return BadRequest(error);
            }
            read = await store.InclusionProofAsync(leafHash, treeSize, ct);
        }
        if (read.Value is not { } proof)
        {
            return Problem(read);
        }
        return TypedResults.Ok(new InclusionReply(
            store.Options.Suite.Name, proof.LeafIndex, proof.TreeSize, Convert.ToHexStringLower(proof.LeafHash), Hex(proof.Hashes), proof.Checkpoint));
    }

    /// <summary>
    /// <c>GET /log/proof/consistency?from=A[&amp;to=B]</c>: the RFC 9162 consistency proof from the tree of A leaves to the
    /// one of B, by default the newest block's. A must be at least 1: a proof from the empty tree proves nothing.
    /// </summary>
    private static async Task<Results<Ok<ConsistencyReply>, ProblemHttpResult>> ConsistencyAsync(
        string? from, string? to, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        if (from is null)
        {
            return BadRequest("from=A is required: the size of the tree the proof starts from");
        }
        if (!LogQuery.TryParseNumber(from, "from", out var size1, out var error) || !LogQuery.TryParseOptional(to, "to", out var size2, out error))
        {
            return BadRequest(error);
        }
        var read = await store.ConsistencyProofAsync(size1, size2, ct);
        if (read.Value is not { } proof)
        {
            return Problem(read);
        }
        return TypedResults.Ok(new ConsistencyReply(
            store.Options.Suite.Name, proof.FromSize, proof.ToSize, Hex(proof.Hashes), proof.FromCheckpoint, proof.ToCheckpoint));
    }

    private static string[] Hex(IReadOnlyList<byte[]> hashes) => [.. hashes.Select(Convert.ToHexStringLower)];
}
