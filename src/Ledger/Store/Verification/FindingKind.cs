namespace Ledger.Store.Verification;

/// <summary>What kind of tampering a <see cref="Finding"/> shows.</summary>
public enum FindingKind
{
    /// <summary>An event's bytes no longer hash to what was recorded, or Marten's copy disagrees with them.</summary>
    EventModified,

    /// <summary>A leaf, a stream version or one of an event's two rows is missing.</summary>
    EventDeleted,

    /// <summary>A row exists that the ledger never appended: an extra Marten event, an unsealed stray, a duplicate version.</summary>
    EventInserted,

    /// <summary>Events are in another place than the one they were sealed or chained at.</summary>
    OrderChanged,

    /// <summary>A block's signature, chain, height, stored columns or signed root does not hold, or a block is missing.</summary>
    BlockAltered,

    /// <summary>A stored tree node (<c>ledger_nodes</c>) differs from the tree recomputed from the events, which the blocks confirm.</summary>
    TreeAltered,
}
