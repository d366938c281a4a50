namespace Ledger.Store.Verification;

/// <summary>
/// Findings with their place in the store, so that ones discovered late (a stream gap known only at the
/// end of the log) are still reported where they are. Keeps the first <see cref="StoreVerifier.MaxFindings"/>
/// discovered and counts the rest: a store rewritten wholesale must not exhaust memory on its report.
/// </summary>
internal sealed class FindingList
{
    /// <summary>Place of findings about the blocks themselves: they come first, as every other check leans on them.</summary>
    public const long Blocks = -1;

    /// <summary>Place of events waiting to be sealed: after every leaf, in outbox order (this plus the outbox seq).</summary>
    public const long Waiting = 1L << 62;

    /// <summary>Place of findings only the store as a whole shows (Marten-only rows, stream heads, stray nodes).</summary>
    public const long Store = long.MaxValue;

    private readonly List<(long Position, Finding Finding)> findings = [];

    public long Omitted { get; private set; }

    public void Add(long position, FindingKind kind, FindingLocation location, string message)
    {
        if (findings.Count >= StoreVerifier.MaxFindings)
        {
            Omitted++;
            return;
        }
        findings.Add((position, new Finding(kind, location, message)));
    }

    /// <summary>The findings by place; those at one place in the order they were found.</summary>
    public IReadOnlyList<Finding> Ordered() => [.. findings.OrderBy(f => f.Position).Select(f => f.Finding)];
}
