using Ledger.Store.Commands;
using Npgsql;

namespace Ledger.Store;

public sealed partial class LedgerStore
{
    /// <summary>A stream's events as they stand, for a query (a command reads through <see cref="CommandReads"/> instead).</summary>
    public async Task<StreamView> ReadStreamAsync(string stream, CancellationToken ct = default)
    {
        await using var session = Marten.QuerySession();
        var events = await session.Events.FetchStreamAsync(stream, token: ct);
        return new StreamView(stream, events.Count == 0 ? 0 : events[^1].Version, [.. events.Select(e => e.Data)]);
    }

    /// <summary>The keys of every stream that starts with <paramref name="prefix"/>, in order (a tender's bid streams).</summary>
    public async Task<IReadOnlyList<string>> StreamKeysStartingWithAsync(string prefix, CancellationToken ct = default)
    {
        var keys = new List<string>();
        await using var command = DataSource.CreateCommand($"SELECT DISTINCT stream FROM {Schema}.ledger_events WHERE starts_with(stream, $1) ORDER BY stream");
        command.Parameters.Add(new NpgsqlParameter { Value = prefix });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }
}
