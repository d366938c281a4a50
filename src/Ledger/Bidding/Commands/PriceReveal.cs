namespace Ledger.Bidding.Commands;

/// <summary>A bidder's decrypted price and the nonce of its commitment, read at opening.</summary>
public sealed record PriceReveal(string BidderId, decimal Price, string Nonce);
