namespace Ledger.Api.Log;

/// <summary>
/// <c>GET /log/proof/consistency</c>'s answer: the RFC 9162 proof from <paramref name="FromSize"/> to <paramref name="ToSize"/>,
/// lower-case hex hashes in the suite named by <paramref name="Suite"/>, with the signed blocks of those sizes where the
/// log sealed them (null between blocks).
/// </summary>
public sealed record ConsistencyReply(string Suite, long FromSize, long ToSize, IReadOnlyList<string> Hashes, string? FromCheckpoint, string? ToCheckpoint);
