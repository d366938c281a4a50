namespace Ledger.Addresses.Events;

/// <summary>What a random inspection (双随机、一公开抽查) found at a registered address.</summary>
public enum InspectionResult
{
    /// <summary>未发现问题.</summary>
    NoProblemFound,

    /// <summary>通过登记的住所无法联系: the company is not at its registered address.</summary>
    NotFoundAtAddress,

    /// <summary>发现问题: findings say which.</summary>
    ProblemFound,
}
