namespace Ledger.Bidding.Events;

/// <summary>The two remedies of a bidder or other interested party.</summary>
public enum ObjectionKind
{
    /// <summary>异议: raised with the tenderer, who answers it.</summary>
    Objection,

    /// <summary>投诉: lodged with the supervisory department (行政监督部门), which decides it (Regulations Art. 60).</summary>
    Complaint,
}
