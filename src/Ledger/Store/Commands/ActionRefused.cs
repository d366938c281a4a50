namespace Ledger.Store.Commands;

/// <summary>
/// A refused command that matters for audit (a late bid, an action in the wrong role), recorded in the
/// actor's trail stream <c>trail/{personId}</c>; the business stream stays untouched.
/// </summary>
public sealed record ActionRefused(string Command, string Stream, string Reason);
