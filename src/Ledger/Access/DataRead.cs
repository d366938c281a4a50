namespace Ledger.Access;

/// <summary>
/// A read of ledger data, recorded in the reader's trail stream <c>trail/{personId}</c> before anything is served, so that
/// readers are audited like writers. Who read and when are the event's actor and time.
/// </summary>
/// <param name="Purpose">The case reference or purpose the reader stated (案件编号, 监督检查事由); kept in clear, so it must
/// name a case, not a person.</param>
/// <param name="Reason">For a denied read, the rule that refused it; null when granted.</param>
public sealed record DataRead(ReadSubject Subject, string Purpose, AccessOutcome Outcome, string? Reason);
