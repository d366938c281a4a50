using Marten;
using Ledger.Evidence;

namespace Ledger.Store.Commands;

/// <summary>
/// The reads of one command attempt: it remembers what was read for the append to check again, and gives the
/// decision its time (<see cref="Now"/>), taken after the reads.
/// </summary>
public sealed class CommandReads
{
    private readonly IQuerySession session;
    private readonly LedgerStore store;
    private DateTimeOffset? now;

    internal CommandReads(IQuerySession session, LedgerStore store)
    {
        this.session = session;
        this.store = store;
    }

    internal ReadSet Read { get; } = new();

    /// <summary>
    /// The server time the decision is made at and its events are stamped with, fixed when first asked for. Every
    /// read comes before it, so an event's time is never earlier than that of the event it follows in its stream,
    /// and a rule checked against it (a deadline) holds for the recorded event too.
    /// </summary>
    public DateTimeOffset Now => now ??= LedgerTime.Truncate(store.Options.Clock.GetUtcNow());

    public async Task<StreamView> StreamAsync(string stream)
    {
        var view = await ReadAsync(stream);
        Read.Stream(stream, view.Version, locked: true);
        return view;
    }

    /// <summary>Every stream whose key starts with <paramref name="prefix"/>, for a decision over many (opening reads every bid).</summary>
    public async Task<IReadOnlyList<StreamView>> StreamsStartingWithAsync(string prefix)
    {
        var keys = await store.StreamKeysStartingWithAsync(prefix);
        var views = new List<StreamView>(keys.Count);
        foreach (var key in keys)
        {
            var view = await ReadAsync(key);
            Read.Stream(key, view.Version, locked: false);
            views.Add(view);
        }
        Read.Prefix(prefix, keys.Count);
        return views;
    }

    internal long VersionOf(string stream) =>
        Read.VersionOf(stream) ?? throw new InvalidOperationException($"a command must read its target stream {stream} before appending to it");

    private async Task<StreamView> ReadAsync(string stream)
    {
        if (now is not null)
        {
            throw new InvalidOperationException($"read of {stream} after the decision's time was taken: read every stream first");
        }
        var events = await session.Events.FetchStreamAsync(stream);
        return new StreamView(stream, events.Count == 0 ? 0 : events[^1].Version, [.. events.Select(e => e.Data)]);
    }
}
