using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>退还投标保证金: the whole held deposit, with the interest the bank paid on it.</summary>
public sealed record RefundDeposit(string TenderId, string BidderId, decimal Interest);

public static partial class BiddingRules
{
    /// <summary>
    /// A bidder with no bid standing (never submitted, or withdrawn: Regulations Art. 35) may be refunded at any
    /// time; the other bidders once the award is notified; the winner once the contract is signed (Art. 57).
    /// </summary>
    public static Decision Decide(Tender tender, Bid bid, RefundDeposit command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, bid, command.TenderId, command.BidderId);
        var (id, bidder) = (command.TenderId, command.BidderId);
        return Check.Centre(actor, $"refund the deposit of {bidder} for tender {id}")
            ?? (bid.Deposit > 0 ? null : Decision.Refuse($"{bidder} holds no deposit for tender {id}"))
            ?? RefundDue(tender, bid)
            ?? (command.Interest >= 0 ? null : Decision.Refuse($"interest {Check.Number(command.Interest)} on the deposit of {bidder} is negative"))
            ?? (command.Interest == 0 || bid.DepositMethod == DepositMethod.VirtualSubAccount ? null
                : Decision.Refuse($"the deposit of {bidder} for tender {id} is an electronic guarantee, which earns no interest"))
            ?? Decision.Accept(new DepositRefunded(id, bidder, bid.Deposit, command.Interest));
    }

    private static Decision? RefundDue(Tender tender, Bid bid)
    {
        if (bid.Status != BidStatus.Submitted)
        {
            return null;
        }
        if (tender.WinnerId == bid.BidderId)
        {
            return tender.Phase >= TenderPhase.ContractSigned ? null
                : Decision.Refuse($"{bid.BidderId} won tender {tender.TenderId}: its deposit is refunded after the contract is signed");
        }
        return tender.Phase >= TenderPhase.Awarded ? null
            : Decision.Refuse($"the deposit of {bid.BidderId} for tender {tender.TenderId} is refunded after the award is notified");
    }
}
