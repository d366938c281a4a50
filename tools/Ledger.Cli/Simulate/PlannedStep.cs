using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Cli.Simulate;

/// <summary>A review step of an approval case in one department, concluded by <paramref name="Reviewer"/>.</summary>
internal sealed record PlannedStep(string StepId, string Department, Actor Reviewer, DateTimeOffset OpenedAt, DateTimeOffset ConcludedAt, StepOpinion Opinion, string? Remarks);
