using Ledger.Markets;
using Ledger.Markets.Events;
using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Learning;
using Ledger.Store;

namespace Ledger.Cli.Evaluate;

/// <summary>
/// A market imported by <c>ledger import</c>: the tenders of its stream <c>market/{name}</c>, in the order imported. A
/// tender's bids carry the id of the event that recorded them, so a warning names that event.
/// </summary>
internal sealed class ImportedMarketSource(LedgerStore store, string market) : IMarketSource
{
    private int files;

    public string Description => $"imported market {market} ({files} file{(files == 1 ? "" : "s")})";

    public async Task<IReadOnlyList<LabelledTender>> LoadAsync(CancellationToken ct)
    {
        await using var session = store.Marten.QuerySession();
        var events = await session.Events.FetchStreamAsync(MarketStreams.MarketStream(market), token: ct);
        files = events.Count(e => e.Data is MarketHistoryImported);
        IReadOnlyList<LabelledTender> tenders =
        [
            .. events.Where(e => e.Data is TenderResultImported).Select(e => Tender(e.Id, (TenderResultImported)e.Data)),
        ];
        return tenders.Count > 0 ? tenders : throw new UsageException($"market {market} has no imported tenders: import its history with ledger import --csv <file> --market {market}");
    }

    private static LabelledTender Tender(Guid eventId, TenderResultImported t) =>
        new(new TenderBids(t.TenderId, t.Region, t.Date, t.Ceiling, [.. t.Bids.Select(b => new BidEntry(eventId, b.BidderId, b.Amount, b.Won))]), t.Collusive, []);
}
