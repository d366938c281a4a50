using Ledger.Actions;

namespace Ledger.Approvals.Events;

/// <summary>
/// 法定时限 and 承诺时限 of the case. Each is given both ways: the count of working days the law or the promise names,
/// and the UTC deadline the bureau's working-day calendar makes of it at acceptance. The ledger holds no holiday
/// calendar; it records the count for readers and compares against the deadline, pushed back by suspensions.
/// </summary>
public sealed record TimeLimitsSet(
    string CaseId,
    int StatutoryWorkingDays,
    DateTimeOffset StatutoryDeadline,
    int PromisedWorkingDays,
    DateTimeOffset PromisedDeadline,
    Actor By,
    DateTimeOffset At);
