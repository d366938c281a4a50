using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>
/// A deposit received by the centre's deposit system; the fields mean what they mean in <see cref="DepositPaid"/>.
/// Recorded by the centre only: the tenderer must not learn who bids from the deposits (case 10, 虚拟子账户).
/// </summary>
public sealed record PayDeposit(
    string TenderId,
    string BidderId,
    DepositMethod Method,
    decimal Amount,
    string Reference,
    string Institution,
    string? SourceAccount,
    bool? MatchesRegisteredAccount);

public static partial class BiddingRules
{
    public static Decision Decide(Tender tender, Bid bid, PayDeposit command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, bid, command.TenderId, command.BidderId);
        var (id, bidder) = (command.TenderId, command.BidderId);
        var transfer = command.Method == DepositMethod.VirtualSubAccount;
        return Check.Centre(actor, $"record a deposit of {bidder} for tender {id}")
            ?? Check.NoticePublished(tender, id, "deposit")
            ?? (tender.RequiredDeposit is not null ? null : Decision.Refuse($"tender {id} requires no deposit"))
            ?? Check.BeforeDeadline(tender, now, $"deposit of {bidder}", recordInTrail: false)
            ?? Check.Id(bidder, "bidder id")
            ?? (bid.Deposit == 0 ? null
                : Decision.Refuse($"{bidder} already holds a deposit of {Check.Number(bid.Deposit)} ({bid.DepositMethod}) for tender {id}"))
            ?? (command.Amount > 0 ? null : Decision.Refuse($"deposit {Check.Number(command.Amount)} of {bidder} for tender {id} is not positive"))
            ?? Check.Text(command.Reference, "deposit reference")
            ?? Check.Text(command.Institution, "deposit institution")
            ?? (transfer == (command.SourceAccount is not null) && transfer == (command.MatchesRegisteredAccount is not null) ? null
                : Decision.Refuse($"a {command.Method} deposit {(transfer ? "needs" : "has no")} a source account and its registered-account check"))
            ?? Decision.Accept(new DepositPaid(
                id, bidder, command.Method, command.Amount, command.Reference, command.Institution, command.SourceAccount, command.MatchesRegisteredAccount));
    }
}
