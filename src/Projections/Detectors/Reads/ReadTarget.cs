namespace Ledger.Projections.Detectors.Reads;

/// <summary>What was read. The detectors judge reads of sealed bids and of the expert panel; callers may pass every
/// read and mark the rest <see cref="Other"/>.</summary>
public enum ReadTarget
{
    /// <summary>Sealed bid data: the bid file, its price, its feature codes.</summary>
    SealedBid,

    /// <summary>The list of the evaluation panel's experts (评标委员会成员名单).</summary>
    ExpertPanel,

    /// <summary>Anything else.</summary>
    Other,
}
