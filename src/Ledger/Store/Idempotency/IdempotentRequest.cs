using Ledger.Store.Commands;

namespace Ledger.Store.Idempotency;

/// <summary>
/// A command request its caller made idempotent with a key: the store remembers the answer under (person, key) in the
/// same transaction as the command's events, so a crash can never leave events without their key or a key without
/// its events, and a second request with the key can be answered from memory instead of being run again.
/// </summary>
/// <param name="Person">Keys are the caller's own: two persons may use the same key.</param>
/// <param name="Key">The caller's key, as it sent it.</param>
/// <param name="Fingerprint">What the request was (a hash of method, path and body), to tell a retry from a reused key.</param>
/// <param name="AnswerTo">The answer to remember for the command's outcome; called before the transaction commits.</param>
public sealed record IdempotentRequest(string Person, string Key, byte[] Fingerprint, Func<CommandOutcome, StoredAnswer> AnswerTo);
