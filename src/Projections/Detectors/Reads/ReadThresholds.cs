namespace Ledger.Projections.Detectors.Reads;

/// <summary>Settings of the tenderer–bidder collusion rules on reads (Regulations Art. 41).</summary>
public sealed record ReadThresholds
{
    /// <summary>
    /// <c>reads.amend-after-read</c> fires for an amendment within this time after an unlawful read of sealed bid data.
    /// 24 hours is a judgement default: long enough for a tip-off to reach the bidder, short enough that the link is
    /// plausible.
    /// </summary>
    public TimeSpan AmendmentWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Score of an early sealed-bid read by a party without a stake (centre operator, supervisor, expert) rather than
    /// the tenderer's side or another bidder, who score 1: still unlawful before opening, but the reader gains nothing
    /// itself, so the warning points to a leak that may not have happened.
    /// </summary>
    public double NonPartyReadScore { get; init; } = 0.6;
}
