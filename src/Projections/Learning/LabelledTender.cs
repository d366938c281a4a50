using Ledger.Projections.Detectors;
using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Collusion;

namespace Ledger.Projections.Learning;

/// <summary>
/// One tender of a market whose outcome may be known: an imported history labelled from prosecuted cases, or a
/// simulated market with its ground truth. Unlabelled tenders still count for the detectors that look across tenders.
/// </summary>
/// <param name="Collusive">True for a tender found collusive, false for one found competitive, null when unknown.</param>
/// <param name="Identifiers">The bidders' identifying values (feature codes, deposit accounts, persons) where the source
/// records them; empty for imported results, which have none.</param>
public sealed record LabelledTender(TenderBids Tender, bool? Collusive, IReadOnlyList<BidderIdentifier> Identifiers)
{
    /// <summary>
    /// Warnings the ledger's detectors recorded for the tender from inputs the bids do not carry (shared identifiers
    /// such as deposit accounts, experts' scores); null where the source has no recorded warnings.
    /// </summary>
    public IReadOnlyList<Warning>? Recorded { get; init; }

    /// <summary>The rule ids a simulated tender's planted cases were meant to trip; null where the source knows only the label.</summary>
    public IReadOnlySet<string>? Planted { get; init; }
}
