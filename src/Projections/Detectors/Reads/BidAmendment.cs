namespace Ledger.Projections.Detectors.Reads;

/// <summary>A bidder amended (修改) or replaced its bid before the deadline.</summary>
public sealed record BidAmendment(Guid EventId, string BidderId, DateTimeOffset At);
