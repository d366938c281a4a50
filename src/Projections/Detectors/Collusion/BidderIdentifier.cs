namespace Ledger.Projections.Detectors.Collusion;

/// <summary>
/// One identifying value a bidder showed in one tender, with the event that carries it: a feature code of the bid
/// submission, the deposit's source account, a person named in the bid. A bidder may show several values of a kind
/// (a machine with two network adapters).
/// </summary>
/// <param name="Value">As recorded; the detector normalises it (<see cref="IdentifierWeights.IgnoredValues"/>).</param>
public sealed record BidderIdentifier(Guid EventId, string BidderId, IdentifierKind Kind, string Value);
