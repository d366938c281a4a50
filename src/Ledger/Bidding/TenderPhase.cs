namespace Ledger.Bidding;

/// <summary>How far a tender has come; each phase is entered by one event of the tender stream.</summary>
public enum TenderPhase
{
    /// <summary>Nothing recorded yet.</summary>
    None,

    /// <summary>进场登记 done.</summary>
    Entered,

    /// <summary>招标公告 published: documents can be obtained, deposits lodged, bids submitted until the deadline.</summary>
    NoticePublished,

    /// <summary>开标 held: the panel scores.</summary>
    Opened,

    /// <summary>评标报告 submitted.</summary>
    Evaluated,

    /// <summary>中标候选人公示 under way or over.</summary>
    CandidatesPublished,

    /// <summary>中标通知 sent.</summary>
    Awarded,

    /// <summary>合同 signed.</summary>
    ContractSigned,
}
