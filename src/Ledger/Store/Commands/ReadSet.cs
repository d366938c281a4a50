namespace Ledger.Store.Commands;

/// <summary>
/// What a decision rested on: each stream it read with the version it saw, and for each prefix it read, how many
/// streams that prefix had. The append checks it again inside its transaction (<c>ledger_expect_reads</c>), so
/// no decision is recorded on state that changed under it: a bid decided before the deadline cannot commit
/// after the opening, and an opening cannot miss a bid that committed while it decided.
/// </summary>
internal sealed class ReadSet
{
    private readonly Dictionary<string, (long Version, bool Locked)> streams = [];
    private readonly Dictionary<string, int> prefixes = [];

    /// <param name="locked">A stream read on its own is share-locked until the append commits; the streams of a
    /// prefix read are only compared, because the appender holds their common parent locked instead.</param>
    public void Stream(string stream, long version, bool locked) =>
        streams[stream] = (version, locked || (streams.TryGetValue(stream, out var seen) && seen.Locked));

    public void Prefix(string prefix, int count) => prefixes[prefix] = count;

    public long? VersionOf(string stream) => streams.TryGetValue(stream, out var read) ? read.Version : null;

    /// <summary>The arguments of <c>ledger_expect_reads</c> after the target: ids, versions, locked, prefixes, counts.</summary>
    public object[] Arguments() =>
    [
        streams.Keys.ToArray(),
        streams.Values.Select(r => r.Version).ToArray(),
        streams.Values.Select(r => r.Locked).ToArray(),
        prefixes.Keys.ToArray(),
        prefixes.Values.ToArray(),
    ];
}
