using Ledger.Actions;

namespace Ledger.Approvals.Events;

/// <summary>A department concludes its review step with its opinion (审查意见).</summary>
public sealed record ReviewStepConcluded(
    string CaseId, string StepId, string Department, StepOpinion Opinion, string? Remarks, Actor By, DateTimeOffset At);
