using Ledger.Projections.Detectors.Addresses;
using Ledger.Projections.Detectors.Approvals;
using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Collusion;
using Ledger.Projections.Detectors.Reads;
using Ledger.Projections.Detectors.Scores;

namespace Ledger.Projections.Detectors;

/// <summary>
/// Every detector's settings in one record, to bind from one configuration section. Each threshold is documented, with
/// the reason for its default, on the property that holds it.
/// </summary>
public sealed record DetectorThresholds
{
    public BidThresholds Bids { get; init; } = new();

    public ScoreThresholds Scores { get; init; } = new();

    public IdentifierWeights Identifiers { get; init; } = new();

    public PricePatternThresholds PricePatterns { get; init; } = new();

    public NetworkThresholds Network { get; init; } = new();

    public ReadThresholds Reads { get; init; } = new();

    public AddressThresholds Addresses { get; init; } = new();

    public ApprovalThresholds Approvals { get; init; } = new();
}
