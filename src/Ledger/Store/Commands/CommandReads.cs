using Marten;
using Npgsql;

namespace Ledger.Store.Commands;

/// <summary>The reads of one command attempt; it remembers each stream's version for the append.</summary>
public sealed class CommandReads
{
    private readonly IQuerySession session;
    private readonly LedgerStore store;
    private readonly Dictionary<string, long> versions = [];

    internal CommandReads(IQuerySession session, LedgerStore store)
    {
        this.session = session;
        this.store = store;
    }

    public async Task<StreamView> StreamAsync(string stream)
    {
        var events = await session.Events.FetchStreamAsync(stream);
        var version = events.Count == 0 ? 0 : events[^1].Version;
        versions[stream] = version;
        return new StreamView(stream, version, [.. events.Select(e => e.Data)]);
    }

    /// <summary>Every stream whose key starts with <paramref name="prefix"/>, for a decision over many (opening reads every bid).</summary>
    public async Task<IReadOnlyList<StreamView>> StreamsStartingWithAsync(string prefix)
    {
        var keys = new List<string>();
        await using (var command = store.DataSource.CreateCommand(
            $"SELECT DISTINCT stream FROM {store.Schema}.ledger_events WHERE starts_with(stream, $1) ORDER BY stream"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = prefix });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }
        }
        var views = new List<StreamView>(keys.Count);
        foreach (var key in keys)
        {
            views.Add(await StreamAsync(key));
        }
        return views;
    }

    internal long VersionOf(string stream) =>
        versions.TryGetValue(stream, out var version)
            ? version
            : throw new InvalidOperationException($"a command must read its target stream {stream} before appending to it");
}
