namespace Ledger.Markets.Events;

/// <summary>
/// The result of one historical tender as a centre's records give it: its bids, which one won, and, for a labelled
/// history, whether the tender was collusive. Appended with the <see cref="MarketHistoryImported"/> it belongs to.
/// </summary>
/// <param name="Date">开标日期: the day the bids were opened, as the source gives it (the centre's local date).</param>
/// <param name="Time">The local time of day when the source gives one; null otherwise.</param>
/// <param name="Region">The tender's administrative region.</param>
/// <param name="Ceiling">最高投标限价, when the source gives one.</param>
/// <param name="Bids">One per bidder, in the order of the source's rows.</param>
/// <param name="Collusive">True when any bid is labelled collusive, false when some are labelled and none
/// collusive, null when the source labels none: an unlabelled tender is unknown, not competitive.</param>
public sealed record TenderResultImported(
    string Market,
    string TenderId,
    DateOnly Date,
    TimeOnly? Time,
    string Region,
    decimal? Ceiling,
    IReadOnlyList<ImportedBid> Bids,
    bool? Collusive);
