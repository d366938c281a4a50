namespace Ledger.Store;

/// <summary>
/// An RFC 9162 consistency proof from the tree of <paramref name="FromSize"/> leaves to the one of <paramref name="ToSize"/>,
/// with the signed blocks of those sizes where the log sealed them (null for a size between blocks).
/// </summary>
public sealed record LogConsistencyProof(long FromSize, long ToSize, IReadOnlyList<byte[]> Hashes, string? FromCheckpoint, string? ToCheckpoint);
