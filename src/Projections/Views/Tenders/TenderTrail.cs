namespace Ledger.Projections.Views.Tenders;

/// <summary>
/// 招标投标全过程记录: every event of one tender in the order the ledger recorded it, across the tender stream and the
/// bid streams, with the modifications between them marked on both sides. Nothing is dropped or overwritten.
/// </summary>
public sealed class TenderTrail
{
    /// <summary>The tender id.</summary>
    public string Id { get; set; } = "";

    public List<TrailEntry> Entries { get; set; } = [];

    internal void Add(TrailEntry entry) => Entries.Add(entry);

    /// <summary>
    /// Adds <paramref name="entry"/> as a <paramref name="kind"/> of every standing entry that <paramref name="modifies"/>
    /// selects, marking each of them as modified by it. With none selected, the entry is added without a trace.
    /// </summary>
    internal void Add(TrailEntry entry, Modification kind, Func<TrailEntry, bool> modifies)
    {
        var modified = new List<Guid>();
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].ModifiedBy is null && modifies(Entries[i]))
            {
                Entries[i] = Entries[i] with { ModifiedBy = entry.EventId };
                modified.Add(Entries[i].EventId);
            }
        }
        Entries.Add(modified.Count == 0 ? entry : entry with { Trace = new TrailTrace(kind, modified) });
    }
}
