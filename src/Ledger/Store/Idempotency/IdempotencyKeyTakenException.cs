namespace Ledger.Store.Idempotency;

/// <summary>
/// Another request with the same person's key committed first (the unique constraint on (person, key) refused this
/// one); nothing of this request was written. The caller answers from what the store now remembers under the key.
/// </summary>
public sealed class IdempotencyKeyTakenException(string person, string key, Exception inner)
    : Exception($"idempotency key {key} of {person} was used by a request that committed first", inner)
{
    public string Person { get; } = person;

    public string Key { get; } = key;
}
