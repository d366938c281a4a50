namespace Ledger.Store;

/// <summary>
/// An RFC 9162 inclusion proof of leaf <paramref name="LeafIndex"/> in the tree of <paramref name="TreeSize"/> leaves,
/// with the signed block of that size when the log sealed one (null for a size between blocks).
/// </summary>
public sealed record LogInclusionProof(long LeafIndex, long TreeSize, byte[] LeafHash, IReadOnlyList<byte[]> Hashes, string? Checkpoint);
