namespace Ledger.Projections.Detectors.Reads;

/// <summary>The capacity in which an organisation read tender data.</summary>
public enum ReaderRole
{
    /// <summary>招标人.</summary>
    Tenderer,

    /// <summary>招标代理机构, acting for the tenderer.</summary>
    TenderAgent,

    /// <summary>投标人.</summary>
    Bidder,

    /// <summary>The trading centre's staff.</summary>
    CentreOperator,

    /// <summary>行政监督部门, audit, discipline inspection.</summary>
    Supervisor,

    /// <summary>评标专家.</summary>
    Expert,

    /// <summary>Anyone else: the public, a court, an official of another family.</summary>
    Other,
}
