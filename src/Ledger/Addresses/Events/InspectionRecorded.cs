using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>The result of a random inspection (双随机、一公开) of the registered company at its address.</summary>
/// <param name="TaskId">抽查任务编号.</param>
/// <param name="InspectorIds">Ledger person ids of the inspectors drawn; at least two, as the law requires.</param>
public sealed record InspectionRecorded(
    string ApplicationId,
    string TaskId,
    InspectionResult Result,
    string? Findings,
    IReadOnlyList<string> InspectorIds,
    Actor By,
    DateTimeOffset At);
