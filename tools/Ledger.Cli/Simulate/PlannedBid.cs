using Ledger.Actions;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;

namespace Ledger.Cli.Simulate;

/// <summary>
/// One bidder's part in a tender: documents, deposit, the sealed bid with its price (revealed at opening) and what it
/// carries, an amendment or withdrawal, and the refund.
/// </summary>
/// <param name="Manager">The project manager the bid file names, in its submission and any amendment.</param>
/// <param name="Contact">The contact the bid names.</param>
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
    DateTimeOffset? WithdrawAt,
    ProjectManager Manager,
    ContactPerson Contact)
{
    public string BidderId => Bidder.Id;

    public DateTimeOffset RefundAt { get; init; }

    public decimal Interest { get; init; }
}
