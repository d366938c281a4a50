namespace Ledger.Approvals.Events;

/// <summary>A department's opinion at the end of its review step (审查意见).</summary>
public enum StepOpinion
{
    /// <summary>同意.</summary>
    Agreed,

    /// <summary>不同意: the remarks say why.</summary>
    Objected,
}
