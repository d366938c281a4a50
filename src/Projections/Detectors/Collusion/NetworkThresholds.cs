namespace Ledger.Projections.Detectors.Collusion;

/// <summary>
/// When the bidder network over many tenders raises a warning (Regulations Art. 39: agreeing the winner, agreeing who
/// loses). Bid rotation and cover bidding leave these traces in award records (OECD 2009, "Guidelines for Fighting
/// Bid Rigging in Public Procurement"); the literature gives no cut-offs, so the defaults are judgement.
/// </summary>
public sealed record NetworkThresholds
{
    /// <summary>
    /// Fewest tenders behind any network warning: 5, so that a pair of local specialists meeting a few times does
    /// not fire.
    /// </summary>
    public int MinimumTenders { get; init; } = 5;

    /// <summary>
    /// <c>collusion.bid-together</c> fires when a pair bid together in at least this share of the tenders of the
    /// less active of the two: 0.8, they almost never appear apart.
    /// </summary>
    public double MinimumOverlap { get; init; } = 0.8;

    /// <summary>
    /// <c>collusion.cover-bidding</c> fires when one winner took at least this share of the awarded tenders a bidder
    /// entered: 0.8, the bidder's role is almost always to lose to that one winner.
    /// </summary>
    public double MinimumCoverShare { get; init; } = 0.8;

    /// <summary>
    /// <c>collusion.rotation</c> fires when a group of bidders that bid together won at least this share of the
    /// tenders where two or more of them met: 0.8.
    /// </summary>
    public double MinimumGroupWinShare { get; init; } = 0.8;

    /// <summary>
    /// ... and the wins are spread evenly, the Shannon entropy of the members' win counts being at least this fraction
    /// of its maximum ln(group size): 0.8. One member taking most wins is dominance, not rotation.
    /// </summary>
    public double MinimumRotationBalance { get; init; } = 0.8;
}
