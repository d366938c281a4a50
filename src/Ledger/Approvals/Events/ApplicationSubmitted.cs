using Ledger.Actions;

namespace Ledger.Approvals.Events;

/// <summary>An application for a government-service matter (政务服务事项) comes in.</summary>
/// <param name="MatterCode">事项编码 of the matter in the service catalogue.</param>
public sealed record ApplicationSubmitted(
    string CaseId, string MatterCode, string MatterName, ApplicantParty Applicant, Actor By, DateTimeOffset At);
