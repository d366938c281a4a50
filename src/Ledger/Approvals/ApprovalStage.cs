namespace Ledger.Approvals;

/// <summary>Where an approval case stands; time limits, steps, suspensions and the licence are facts beside the stage.</summary>
public enum ApprovalStage
{
    NotSubmitted,
    Submitted,

    /// <summary>受理: the statutory clock runs from here.</summary>
    Accepted,

    /// <summary>不予受理: the case ends.</summary>
    NotAccepted,
    Decided,
}
