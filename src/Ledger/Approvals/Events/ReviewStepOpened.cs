using Ledger.Actions;

namespace Ledger.Approvals.Events;

/// <summary>A review step (审查环节) opens in a department; several may be open at once (并联审批).</summary>
/// <param name="Department">The department that reviews; its officials conclude the step.</param>
public sealed record ReviewStepOpened(string CaseId, string StepId, string Department, Actor By, DateTimeOffset At);
