using Ledger.Actions;

namespace Ledger.Approvals.Events;

/// <summary>The licence (电子证照) is issued under an electronic seal (电子印章).</summary>
/// <param name="SealId">The electronic seal's code, whose status (valid / revoked) the seal service publishes.</param>
public sealed record LicenceIssued(string CaseId, string LicenceNumber, string SealId, Actor By, DateTimeOffset At);
