namespace Ledger.Projections.Views.Markets;

/// <summary>
/// What the market indicators need of one of the ledger's tenders: who tendered it, when its bids were opened and who
/// bid, and whom it was awarded to at what price. One document per tender; <see cref="LedgerMarket"/> aggregates them
/// per region and period, because the concentration of a period needs all of its awards at once.
/// </summary>
public sealed class TenderMarketFacts
{
    /// <summary>The tender id.</summary>
    public string Id { get; set; } = "";

    /// <summary>招标人: its unified social credit code gives the tender's region.</summary>
    public string TendererId { get; set; } = "";

    /// <summary>The <c>BidsOpened</c> event, named by the bid entries the indicators are computed from.</summary>
    public Guid? OpeningEventId { get; set; }

    /// <summary>The ledger's time of the opening; null before it.</summary>
    public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>The bids read at opening, those over the ceiling included (they were made and read out); bids not
    /// decrypted are deemed withdrawn and left out.</summary>
    public List<MarketBid> Bids { get; set; } = [];

    /// <summary>中标人; null until the award notice.</summary>
    public string? WinnerId { get; set; }

    /// <summary>The awarded price, the winner's price read at opening.</summary>
    public decimal? AwardValue { get; set; }
}
