using System.Collections.Concurrent;

namespace Ledger.Cli.Simulate;

/// <summary>The ids the ledger gave the simulation's events, by <see cref="EventRef"/>, and how many were appended.</summary>
internal sealed class EventBook
{
    private readonly ConcurrentDictionary<EventRef, Guid> ids = new();
    private long count;

    public long Count => Interlocked.Read(ref count);

    /// <exception cref="InvalidOperationException">The reference names an event already recorded: the simulator must tell them apart.</exception>
    public void Record(EventRef reference, Guid id)
    {
        if (!ids.TryAdd(reference, id))
        {
            throw new InvalidOperationException($"two events are named {reference}: give them details that tell them apart");
        }
        Interlocked.Increment(ref count);
    }

    /// <exception cref="InvalidOperationException">No such event was appended: the plan names an event the run did not make.</exception>
    public Guid Find(EventRef reference) =>
        ids.TryGetValue(reference, out var id) ? id : throw new InvalidOperationException($"the truth names {reference}, which the run did not append");
}
