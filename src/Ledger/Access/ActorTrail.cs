using Ledger.Actions;
using Ledger.Store;

namespace Ledger.Access;

/// <summary>
/// A person's own stream, <c>trail/{personId}</c>: what the ledger records about an actor outside the business streams
/// (refused actions, reads). Appends are serialised by the stream's version like any other; a trail is written by one
/// person, so conflicts are that person's own concurrent requests. Within a process they wait for each other, because a
/// conflict costs a round trip and leaves a gap in Marten's sequence (and a tombstone stream row) behind; between
/// processes each conflict is retried on the new version.
/// </summary>
public static class ActorTrail
{
    /// <summary>More than a command's retries: one person's page may fire several reads at once.</summary>
    private const int Attempts = 10;

    /// <summary>Trails share these by hash: a person waits only for appends to trails of the same stripe, never for all.</summary>
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static string Stream(string personId) => $"trail/{personId}";

    /// <summary>Appends <paramref name="event"/> as the next event of the actor's trail and returns its promise once committed.</summary>
    /// <exception cref="StreamConflictException">The trail moved on at every attempt.</exception>
    /// <exception cref="StoreUnavailableException">The database could not be reached; nothing was recorded.</exception>
    public static async Task<SignedPromise> AppendAsync(LedgerStore store, object @event, EventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        var trail = Stream(context.Actor.PersonId);
        var stripe = Stripes[(StringComparer.Ordinal.GetHashCode(trail) & int.MaxValue) % Stripes.Length];
        await stripe.WaitAsync(ct);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var session = store.Marten.QuerySession();
                var state = await session.Events.FetchStreamStateAsync(trail, ct);
                try
                {
                    return await store.AppendAsync(trail, state?.Version ?? 0, @event, context, ct);
                }
                catch (StreamConflictException) when (attempt < Attempts)
                {
                }
            }
        }
        finally
        {
            stripe.Release();
        }
    }
}
