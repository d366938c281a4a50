using System.Collections.Concurrent;
using Ledger.Store;
using Ledger.Store.Idempotency;

namespace Ledger.Api.Idempotency;

/// <summary>
/// The keys of this API process: which requests are running now (a second request with a running key is answered 409
/// at once rather than waiting), and what the store remembers, for <see cref="KeptFor"/>. Across processes the
/// store's unique constraint on (person, key) decides: the request that commits second records nothing and is
/// answered from what the first remembered.
/// </summary>
public sealed class IdempotencyKeys(TimeProvider clock)
{
    /// <summary>How long an answer is remembered: a retry within a day is answered from memory; after that the key is free.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    /// <summary>Expired answers are purged lazily, by the first command after this much time since the last purge.</summary>
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<(string Person, string Key), byte[]> running = new();
    private long nextPurge = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>Marks the key as running; null when it was free, else the fingerprint of the request running with it.</summary>
    public byte[]? TryStart(string person, string key, byte[] fingerprint) =>
        running.TryAdd((person, key), fingerprint) ? null : running.TryGetValue((person, key), out var other) ? other : TryStart(person, key, fingerprint);

    public void Finish(string person, string key) => running.TryRemove((person, key), out _);

    /// <summary>What the store remembers under the person's key, if within <see cref="KeptFor"/>; purges expired answers now and then.</summary>
    public async Task<RememberedRequest?> FindAsync(LedgerStore store, string person, string key, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = Interlocked.Read(ref nextPurge);
        if (now.UtcTicks >= due && Interlocked.CompareExchange(ref nextPurge, (now + PurgeEvery).UtcTicks, due) == due)
        {
            await store.ForgetRememberedBeforeAsync(now - KeptFor, ct);
        }
        return await store.FindRememberedAsync(person, key, now - KeptFor, ct);
    }
}
