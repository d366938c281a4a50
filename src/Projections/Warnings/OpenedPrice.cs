namespace Ledger.Projections.Warnings;

/// <summary>A price read out at opening (唱标).</summary>
/// <param name="FilingEventId">The bidder's standing filing at opening, whose commitment the price reproduced: the
/// event the price warnings name for this bid, beside the opening.</param>
public sealed record OpenedPrice(string BidderId, decimal Price, Guid FilingEventId);
