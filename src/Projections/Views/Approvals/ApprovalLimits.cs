namespace Ledger.Projections.Views.Approvals;

/// <summary>法定时限 and 承诺时限: the working days each names and the deadline the bureau's calendar made of them.</summary>
public sealed record ApprovalLimits(
    int StatutoryWorkingDays, DateTimeOffset StatutoryDeadline, int PromisedWorkingDays, DateTimeOffset PromisedDeadline, Act Set);
