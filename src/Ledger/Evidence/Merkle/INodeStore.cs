namespace Ledger.Evidence.Merkle;

/// <summary>
/// Where a log keeps its perfect-subtree nodes. Nodes are written once, in the order a
/// <see cref="CompactRange"/> completes them, and never change; reads come in the batches a
/// <see cref="ProofPlan"/> asks for. A PostgreSQL store keeps the same nodes (for example grouped into
/// C2SP tlog-tiles) and runs the plan's batch as one query.
/// </summary>
public interface INodeStore
{
    void Write(NodeId id, ReadOnlySpan<byte> hash);

    /// <summary>Returns the hash of each node in <paramref name="ids"/>, in order. Every id must have been written.</summary>
    IReadOnlyList<byte[]> Read(IReadOnlyList<NodeId> ids);
}
