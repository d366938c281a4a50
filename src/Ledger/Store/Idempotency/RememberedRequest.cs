namespace Ledger.Store.Idempotency;

/// <summary>What the store remembers under a person's key: the request's fingerprint, the answer it got, and when.</summary>
public sealed record RememberedRequest(byte[] Fingerprint, StoredAnswer Answer, DateTimeOffset At);
