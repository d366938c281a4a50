using Ledger.Projections.Detectors;
using Ledger.Projections.Detectors.Collusion;
using Ledger.Projections.Detectors.Reads;

namespace Ledger.Projections.Learning;

/// <summary>
/// The features a learned collusion score sees for one tender: the distribution screens (scale-free ones only: a
/// mean in yuan would let the model learn project sizes, not behaviour), the most outlying bid, the winner's place,
/// and the warning scores of the pattern, identifier, network and read rules. A screen that is undefined for the tender
/// (too few bids, no ceiling) is null, never a made-up number: the learner decides how to treat a missing value.
/// </summary>
public static class TenderFeatures
{
    private static readonly DetectorRule[] SignalRules =
    [
        PricePatternDetector.PriceSteps,
        PricePatternDetector.CeilingRatios,
        PricePatternDetector.IdenticalPrices,
        BidderNetworkDetector.BidTogether,
        BidderNetworkDetector.CoverBidding,
        BidderNetworkDetector.Rotation,
    ];

    /// <summary>The rules of deemed collusion by shared identifiers, one feature together.</summary>
    internal static readonly DetectorRule[] IdentifierRules =
    [
        SharedIdentifierDetector.SharedFeatureCode,
        SharedIdentifierDetector.IdenticalDocument,
        SharedIdentifierDetector.SameAgent,
        SharedIdentifierDetector.SameContact,
        SharedIdentifierDetector.SameProjectManager,
        SharedIdentifierDetector.SameDepositAccount,
    ];

    /// <summary>The rules of tenderer–bidder collusion in recorded reads (Regulations Art. 41), one feature together.</summary>
    private static readonly DetectorRule[] ReadRules = [ReadDetector.SealedBidBeforeOpening, ReadDetector.PanelBeforeResult, ReadDetector.AmendAfterRead];

    /// <summary>The features' names, in the order of <see cref="Of"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "bids", "cv", "kurtosis", "skewness", "spread", "diffp", "rd", "rdnor", "rdalt", "lowest_to_ceiling",
        "max_robust_z", "winner_to_lowest", .. SignalRules.Select(r => r.Id), "collusion.shared-identifiers", "reads.art-41",
    ];

    /// <summary>The feature vector of one tender, as many values as <see cref="Names"/>.</summary>
    public static IReadOnlyList<double?> Of(TenderSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var s = signals.Screens;
        return
        [
            s.Count, s.CoefficientOfVariation, s.Kurtosis, s.Skewness, s.Spread, s.PercentageDifference, s.RelativeDistance,
            s.NormalizedDistance, s.AlternativeDistance, s.LowestToCeiling, signals.MaxRobustZ, signals.WinnerToLowest,
            .. SignalRules.Select(r => (double?)signals.Score(r)), IdentifierRules.Max(signals.Score), ReadRules.Max(signals.Score),
        ];
    }
}
