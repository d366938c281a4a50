namespace Ledger.Projections.Detectors.Reads;

/// <summary>One recorded read of tender data: who looked at what, and when.</summary>
/// <param name="ReaderOrg">The reading organisation; for a bidder its bidder id.</param>
/// <param name="BidderId">For a sealed-bid read, whose bid was read, null for every bid of the tender; otherwise null.</param>
public sealed record ReadRecord(Guid EventId, string ReaderOrg, ReaderRole Role, ReadTarget What, string? BidderId, DateTimeOffset At)
{
    /// <summary>The ledger refused the read. An attempt counts as a read: reaching for sealed bids is the conduct itself.</summary>
    public bool Denied { get; init; }
}
