namespace Ledger.Store.Verification;

/// <summary>
/// What <see cref="StoreVerifier"/> checked and found. Findings are in store order, first problem first:
/// blocks, then the log leaf by leaf (pending events after it), then what only Marten's tables show.
/// </summary>
public sealed record StoreReport
{
    public required long Events { get; init; }

    public required long Streams { get; init; }

    public required long Blocks { get; init; }

    /// <summary>Leaves of the Merkle log checked against the blocks: the newest block's size.</summary>
    public required long Leaves { get; init; }

    /// <summary>Events appended and waiting for the sealer.</summary>
    public required long Pending { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Findings past <see cref="StoreVerifier.MaxFindings"/>, counted but not kept.</summary>
    public long FindingsOmitted { get; init; }

    public bool IsClean => Findings.Count == 0;

    public double EventsPerSecond => Elapsed > TimeSpan.Zero ? Events / Elapsed.TotalSeconds : 0;
}
