namespace Ledger.Projections.Views.Markets;

/// <summary>One bid as read at a tender's opening: the bidder and its price in yuan.</summary>
public sealed record MarketBid(string BidderId, decimal Price);
