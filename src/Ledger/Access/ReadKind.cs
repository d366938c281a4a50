namespace Ledger.Access;

/// <summary>What kind of data a recorded read reached; <see cref="ReadSubject"/> says which fields name it.</summary>
public enum ReadKind
{
    /// <summary>招标投标全过程记录: a tender's trail view.</summary>
    TenderTrail,

    /// <summary>A sealed bid (投标文件) of one bidder, or of every bidder of the tender: secret until the opening (Bidding Law Art. 36).</summary>
    SealedBid,

    /// <summary>Bid prices as read at the opening, of one bidder or of all; before the opening they are sealed bid data.</summary>
    BidPrices,

    /// <summary>评标委员会成员名单: secret until the result is settled (Bidding Law Art. 37).</summary>
    ExpertPanel,

    /// <summary>A person's actor timeline.</summary>
    PersonTimeline,

    /// <summary>An organisation's actor timeline.</summary>
    OrganisationTimeline,

    /// <summary>The address register of a standardised address or a property.</summary>
    AddressRegister,

    /// <summary>An administrative approval case.</summary>
    ApprovalCase,

    /// <summary>Detector warnings: of a tender, or a query over all of them.</summary>
    Warnings,

    /// <summary>A personal value kept beside an event (a name, an account), disclosed from its commitment.</summary>
    PersonalData,

    /// <summary>An evidence package exported for a court, an audit or an inspection.</summary>
    EvidenceExport,
}
