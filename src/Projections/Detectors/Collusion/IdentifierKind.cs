namespace Ledger.Projections.Detectors.Collusion;

/// <summary>
/// What a <see cref="BidderIdentifier"/> identifies. Two bidders of one tender holding the same value of a kind is a
/// deemed-collusion signal under Regulations Art. 40 (or 财政部令第87号 Art. 37 for the contact person).
/// </summary>
public enum IdentifierKind
{
    /// <summary>特征码: network adapter MAC of the machine that made the bid file (Art. 40 (1)).</summary>
    MacAddress,

    /// <summary>特征码: processor id (Art. 40 (1)). Many machines of one model report the same id, hence a low weight.</summary>
    CpuId,

    /// <summary>特征码: disk serial (Art. 40 (1)).</summary>
    DiskSerial,

    /// <summary>特征码: cost-estimating software dongle serial, 造价软件加密锁序列号 (Art. 40 (1)).</summary>
    DongleSerial,

    /// <summary>特征码: IP address the bid was uploaded from (Art. 40 (1)).</summary>
    IpAddress,

    /// <summary>Hash of the bid document: identical or mixed-up documents (Art. 40 (4), (5)).</summary>
    DocumentHash,

    /// <summary>The unit or person entrusted with the bidding, 委托代理人 (Art. 40 (2)).</summary>
    Agent,

    /// <summary>The bid's contact person (财政部令第87号 Art. 37).</summary>
    Contact,

    /// <summary>A person named as project manager or project-management member (Art. 40 (3)).</summary>
    ProjectManager,

    /// <summary>The account the bid deposit was paid from (Art. 40 (6)).</summary>
    DepositAccount,
}
