namespace Ledger.Bidding.Events;

/// <summary>
/// One bid as opened: its sealed file and commitment, and the price and nonce that reproduce the commitment,
/// so anyone can recheck the opening from this event alone. Price and nonce are null when not decrypted.
/// </summary>
public sealed record OpenedBid(
    string BidderId,
    string FileHash,
    string PriceCommitment,
    OpeningOutcome Outcome,
    decimal? Price,
    string? Nonce);
