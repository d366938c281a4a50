namespace Ledger.Projections.Learning;

/// <summary>
/// How the learned collusion score grows its trees. The defaults suit a centre's history of a few hundred to a few
/// thousand tenders: small trees (the screens interact in pairs, a CV that is low only matters with a gap to the
/// winner), many of them with a small step each, and leaves that need several tenders so one odd case cannot make one.
/// </summary>
public sealed record BoostedTreesOptions
{
    public int Trees { get; init; } = 100;

    public int LeavesPerTree { get; init; } = 8;

    public int MinimumTendersPerLeaf { get; init; } = 5;

    /// <summary>Shrinkage: each tree's contribution is scaled by this.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Seeds the trainer, so the same data gives the same model.</summary>
    public int Seed { get; init; } = 1;
}
