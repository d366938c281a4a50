namespace Ledger.Projections.Views.Tenders;

/// <summary>How a later event of a tender changes what an earlier one recorded; both stay in the trail.</summary>
public enum Modification
{
    /// <summary>修改投标文件: a new sealed file replaces the bidder's standing one.</summary>
    Amendment,

    /// <summary>撤回投标文件: the bidder withdraws its standing file.</summary>
    Withdrawal,

    /// <summary>A later score by the same expert for the same bidder replaces the earlier one.</summary>
    Rescore,

    /// <summary>回避: an expert removed from the panel, whose standing scores become void.</summary>
    Recusal,
}
