using Ledger.Actions;
using Ledger.Bidding;
using Ledger.Store;

namespace Ledger.Api.Bidding;

/// <summary>
/// The one rule every reader of a tender's events follows: the events of a bid stream <c>bid/{tender}/{bidder}</c> (who
/// obtained the documents, paid a deposit, bid, amended) stay hidden until the tender is opened, from every role, the
/// centre's operators and the oversight bodies included (Bidding Law Art. 22); only that bidder sees its own.
/// </summary>
public static class BidSecrecy
{
    /// <summary>The tender and bidder of a bid stream, or null for any other stream.</summary>
    public static (string TenderId, string BidderId)? BidOf(string stream)
    {
        var parts = stream.Split('/');
        return parts is ["bid", var tender, var bidder] ? (tender, bidder) : null;
    }

    /// <summary>Whether the tender's bids have been opened.</summary>
    public static async Task<bool> IsOpenedAsync(LedgerStore store, string tenderId, CancellationToken ct)
    {
        var view = await store.ReadStreamAsync(BiddingStreams.TenderStream(tenderId), ct);
        return view.Version > 0 && Tender.Replay(view.Events).Phase >= TenderPhase.Opened;
    }

    /// <summary>Whether <paramref name="reader"/> may see an event of <paramref name="stream"/> now.</summary>
    public static async Task<bool> MaySeeAsync(LedgerStore store, Actor reader, string stream, CancellationToken ct) =>
        BidOf(stream) is not { } bid
        || (reader.Role == Role.Bidder && reader.Organisation == bid.BidderId)
        || await IsOpenedAsync(store, bid.TenderId, ct);
}
