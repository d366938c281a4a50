using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>签订合同 with the winner; the fields mean what they mean in <see cref="ContractSigned"/>.</summary>
public sealed record SignContract(string TenderId, string WinnerId, decimal Amount, string ContractHash);

public static partial class BiddingRules
{
    public static Decision Decide(Tender tender, SignContract command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, command.TenderId);
        var id = command.TenderId;
        return Check.Entered(tender, id)
            ?? Check.TenderSide(tender, actor, $"sign the contract of tender {id}")
            ?? (tender.Phase >= TenderPhase.Awarded ? null : Decision.Refuse($"tender {id} is not awarded: no contract before the award"))
            ?? (tender.Phase == TenderPhase.Awarded ? null : Decision.Refuse($"the contract of tender {id} is already signed"))
            ?? (command.WinnerId == tender.WinnerId ? null : Decision.Refuse($"tender {id} was awarded to {tender.WinnerId}, not {command.WinnerId}"))
            ?? (command.Amount == tender.AwardPrice ? null
                : Decision.Refuse($"contract amount {Check.Number(command.Amount)} of tender {id} departs from the awarded price {Check.Number(tender.AwardPrice!.Value)} (Bidding Law Art. 46)"))
            ?? Check.Sha256(command.ContractHash, "contract hash")
            ?? Decision.Accept(new ContractSigned(id, command.WinnerId, command.Amount, command.ContractHash));
    }
}
