using Ledger.Projections.Detectors;

namespace Ledger.Projections.Warnings;

/// <summary>
/// Keeps one owner's (a tender's, a property's, a case's) warning records in line with what its detectors say after each
/// of its events. Warnings are recomputed after every event that changes a detector's input rather than once per daemon
/// batch, so the times in a record do not depend on how the daemon happened to page the events: a rebuild gives the same
/// records as the live run.
/// </summary>
internal static class Raising
{
    /// <summary>
    /// Brings the records in <paramref name="raised"/> whose rule <paramref name="covers"/> selects in line with
    /// <paramref name="current"/>, as of event <paramref name="eventId"/> (null for a computation over many events) recorded at <paramref name="at"/>: new warnings are
    /// raised, changed ones updated, vanished ones marked cleared. Every record touched is added to <paramref name="changed"/>.
    /// </summary>
    public static void Reconcile(
        List<WarningRecord> raised,
        IEnumerable<Warning> current,
        Func<string, bool> covers,
        Func<WarningRecord> create,
        Guid? eventId,
        DateTimeOffset at,
        ISet<WarningRecord> changed)
    {
        // Detectors return their order (rule, subject, score descending): the first of a repeated subject is its strongest.
        var now = current.GroupBy(w => WarningRecord.IdOf(w.Rule, w.Subject), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var record in raised.Where(r => r.IsActive && covers(r.Rule) && !now.ContainsKey(r.Id)))
        {
            record.ClearedAt = at;
            record.ClearedBy = eventId;
            changed.Add(record);
        }
        foreach (var (id, warning) in now)
        {
            var record = raised.Find(r => r.Id == id);
            if (record is { IsActive: true } && record.SaysTheSameAs(warning))
            {
                continue;
            }
            if (record is null)
            {
                record = create();
                record.Id = id;
                raised.Add(record);
            }
            if (!record.IsActive || record.FirstRaisedAt == default)
            {
                record.FirstRaisedAt = at;
                record.ClearedAt = null;
                record.ClearedBy = null;
            }
            record.Take(warning);
            record.LastUpdatedAt = at;
            changed.Add(record);
        }
    }
}
