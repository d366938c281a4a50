namespace Ledger.Api.Log;

/// <summary>
/// <c>GET /log/proof/inclusion</c>'s answer. Hashes are lower-case hex, as <c>ledger-verify inclusion</c> reads them
/// (<c>--leaf-hash</c>, and <c>--proof</c> one a line), in the suite named by <paramref name="Suite"/>.
/// <paramref name="Checkpoint"/> is the signed block of <paramref name="TreeSize"/> if the log sealed one at that
/// size, otherwise null: the proof must then be checked against a checkpoint the client trusts of that size.
/// </summary>
public sealed record InclusionReply(string Suite, long LeafIndex, long TreeSize, string LeafHash, IReadOnlyList<string> Hashes, string? Checkpoint);
