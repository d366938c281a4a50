namespace Ledger.Bidding;

/// <summary>
/// Where bidding events go. Each bidder's documents, deposit and bid live in its own stream
/// <c>bid/{tenderId}/{bidderId}</c>, so two hundred bidders submitting in the last minute never contend on one
/// stream version, and the tender stream names no bidder before opening (Bidding Law Art. 22). Everything
/// else, from the notice to the contract, is in the tender stream <c>tender/{tenderId}</c>: those actions are
/// few, and each is checked against all that came before it.
/// </summary>
public static class BiddingStreams
{
    /// <summary>The stream of <see cref="Tender"/>.</summary>
    public static string TenderStream(string tenderId) => $"tender/{Id(tenderId, nameof(tenderId))}";

    /// <summary>The stream of one bidder's <see cref="Bid"/> for one tender.</summary>
    public static string BidStream(string tenderId, string bidderId) =>
        $"bid/{Id(tenderId, nameof(tenderId))}/{Id(bidderId, nameof(bidderId))}";

    /// <summary>What every bid stream of the tender starts with: the opening loads them all.</summary>
    public static string BidStreamPrefix(string tenderId) => $"bid/{Id(tenderId, nameof(tenderId))}/";

    /// <summary>Whether <paramref name="id"/> can be part of a stream id: non-empty, without '/' or control characters.</summary>
    public static bool IsValidId(string id) => !string.IsNullOrEmpty(id) && !id.Contains('/') && !id.Any(char.IsControl);

    // A '/' would let "T-1/B-1" + "2" and "T-1" + "B-1/2" name one stream.
    private static string Id(string id, string name) =>
        !IsValidId(id)
            ? throw new ArgumentException($"\"{id}\" cannot be part of a stream id: it must be non-empty, without '/' or control characters", name)
            : id;
}
