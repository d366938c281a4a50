using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Cli.Simulate;

/// <summary>
/// One bidder's part in a tender: documents, deposit, the sealed bid with its price (revealed at opening) and what it
/// carries, an amendment or withdrawal, and the refund.
/// </summary>
/// <param name="Submitter">Who submits the bid, amends or withdraws it: the firm's own staff, or a shared agent.</param>
/// <param name="Price">The price read at opening (after any amendment).</param>
/// <param name="Nonce">The nonce of the price commitment, revealed at opening.</param>
internal sealed record PlannedBid(
    Bidder Bidder,
    Actor Submitter,
    decimal Price,
    FeatureCodes Features,
    string FileHash,
    long FileSize,
    string Signature,
    string Nonce,
    DateTimeOffset ObtainAt,
    PlannedDeposit? Deposit,
    DateTimeOffset SubmitAt,
    PlannedAmendment? Amendment,
    DateTimeOffset? WithdrawAt)
{
    public string BidderId => Bidder.Id;

    public DateTimeOffset RefundAt { get; init; }

    public decimal Interest { get; init; }
}
