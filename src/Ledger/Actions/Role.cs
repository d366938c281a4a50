namespace Ledger.Actions;

/// <summary>The parts people play in the ledger; who may do and see what follows from these.</summary>
public enum Role
{
    /// <summary>交易中心/政务服务局 operator: records actions for its own centre.</summary>
    CentreOperator,

    /// <summary>招标人: the purchasing entity that owns a tender.</summary>
    Tenderer,

    /// <summary>招标代理机构: acts for a tenderer.</summary>
    TenderAgent,

    /// <summary>投标人.</summary>
    Bidder,

    /// <summary>评标专家.</summary>
    Expert,

    /// <summary>产权人/运营方 of a property used as a business address.</summary>
    PropertyOwner,

    /// <summary>申请人 of a registration or an administrative approval.</summary>
    Applicant,

    /// <summary>审批/登记 official who accepts, reviews and decides.</summary>
    Official,

    /// <summary>行政监督部门.</summary>
    Supervisor,

    /// <summary>纪检监察机关.</summary>
    DisciplineInspector,

    /// <summary>审计.</summary>
    Auditor,

    /// <summary>法院 and other bodies that take evidence packages.</summary>
    Court,

    /// <summary>Anyone: notices, results, log checkpoints.</summary>
    Public,
}
