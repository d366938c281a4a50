using Ledger.Actions;

namespace Ledger.Approvals.Events;

/// <summary>不予受理: the application is not accepted, with the reason the applicant is owed; the case ends.</summary>
public sealed record ApplicationRefusedForAcceptance(string CaseId, string Reason, Actor By, DateTimeOffset At);
