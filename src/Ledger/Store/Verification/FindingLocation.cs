using System.Globalization;
using System.Text;
using Ledger.Evidence.Merkle;

namespace Ledger.Store.Verification;

/// <summary>Where a finding is: whichever of the event's, Marten row's, leaf's, node's or block's coordinates apply.</summary>
public sealed record FindingLocation
{
    /// <summary>The ledger's event id (<c>ledger_events.event_id</c>, also <c>mt_events.id</c>).</summary>
    public Guid? EventId { get; init; }

    public string? Stream { get; init; }

    public long? Version { get; init; }

    /// <summary>Marten's global sequence number, <c>mt_events.seq_id</c>.</summary>
    public long? SeqId { get; init; }

    /// <summary>The leaf index in the Merkle log.</summary>
    public long? Leaf { get; init; }

    public NodeId? Node { get; init; }

    /// <summary>The block's height.</summary>
    public long? Height { get; init; }

    public override string ToString()
    {
        var parts = new List<string>(6);
        if (Height is { } height)
        {
            parts.Add(Invariant($"block {height}"));
        }
        if (Leaf is { } leaf)
        {
            parts.Add(Invariant($"leaf {leaf}"));
        }
        if (Node is { } node)
        {
            parts.Add($"node {node}");
        }
        if (SeqId is { } seq)
        {
            parts.Add(Invariant($"mt_events seq_id {seq}"));
        }
        if (EventId is { } id)
        {
            parts.Add($"event {id}");
        }
        if (Stream is not null)
        {
            parts.Add(Version is { } version ? Invariant($"stream {Stream} version {version}") : $"stream {Stream}");
        }
        return parts.Count == 0 ? "store" : string.Join(", ", parts);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
