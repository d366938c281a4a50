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
public sealed record LabelledTender(TenderBids Tender, bool? Collusive, IReadOnlyList<BidderIdentifier> Identifiers);
