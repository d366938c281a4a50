namespace Ledger.Bidding.Events;

/// <summary>How a bid deposit (投标保证金) was lodged.</summary>
public enum DepositMethod
{
    /// <summary>Transfer to the bidder's own randomly generated virtual sub-account (虚拟子账户) for this tender.</summary>
    VirtualSubAccount,

    /// <summary>电子保函: an electronic guarantee from a bank or guarantor instead of cash.</summary>
    ElectronicGuarantee,
}
