using Ledger.Bidding.Events;

namespace Ledger.Bidding;

/// <summary>
/// One bidder's side of one tender, folded from its bid stream (<see cref="BiddingStreams.BidStream"/>).
/// Shaped for a Marten live aggregation: parameterless constructor, an <see cref="Id"/> that Marten sets to the
/// stream key, and one <c>Apply</c> per event.
/// </summary>
public sealed class Bid
{
    public string Id { get; set; } = "";

    public string TenderId { get; private set; } = "";

    public string BidderId { get; private set; } = "";

    /// <summary>Hash of the tender documents obtained; null until obtained.</summary>
    public string? DocumentsHash { get; private set; }

    /// <summary>Deposit held for this tender: 0 when none was lodged or it was refunded.</summary>
    public decimal Deposit { get; private set; }

    /// <summary>How the held deposit was lodged; null when none is held.</summary>
    public DepositMethod? DepositMethod { get; private set; }

    public BidStatus Status { get; private set; }

    /// <summary>Hash of the standing bid file, the last submitted or amended; null when no bid stands.</summary>
    public string? FileHash { get; private set; }

    public long FileSize { get; private set; }

    /// <summary>Price commitment of the standing bid file.</summary>
    public string? PriceCommitment { get; private set; }

    public int Amendments { get; private set; }

    /// <summary>Folds a bid stream from its first event; for tests and tools outside Marten.</summary>
    /// <exception cref="ArgumentException">An event that does not belong in a bid stream.</exception>
    public static Bid Replay(IEnumerable<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var bid = new Bid();
        foreach (var e in events)
        {
            switch (e)
            {
                case DocumentsObtained x: bid.Apply(x); break;
                case DepositPaid x: bid.Apply(x); break;
                case BidSubmitted x: bid.Apply(x); break;
                case BidAmended x: bid.Apply(x); break;
                case BidWithdrawn x: bid.Apply(x); break;
                case DepositRefunded x: bid.Apply(x); break;
                default: throw new ArgumentException($"{e.GetType().Name} does not belong in a bid stream", nameof(events));
            }
        }
        return bid;
    }

    public void Apply(DocumentsObtained e)
    {
        Name(e.TenderId, e.BidderId);
        DocumentsHash = e.DocumentsHash;
    }

    public void Apply(DepositPaid e)
    {
        Name(e.TenderId, e.BidderId);
        Deposit = e.Amount;
        DepositMethod = e.Method;
    }

    public void Apply(BidSubmitted e)
    {
        Name(e.TenderId, e.BidderId);
        (Status, FileHash, FileSize, PriceCommitment) = (BidStatus.Submitted, e.FileHash, e.FileSize, e.PriceCommitment);
    }

    public void Apply(BidAmended e)
    {
        (FileHash, FileSize, PriceCommitment) = (e.FileHash, e.FileSize, e.PriceCommitment);
        Amendments++;
    }

    public void Apply(BidWithdrawn e) =>
        (Status, FileHash, FileSize, PriceCommitment) = (BidStatus.Withdrawn, null, 0, null);

    public void Apply(DepositRefunded e) => (Deposit, DepositMethod) = (0m, null);

    private void Name(string tenderId, string bidderId) => (TenderId, BidderId) = (tenderId, bidderId);
}
