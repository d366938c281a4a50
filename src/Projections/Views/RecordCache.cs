using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Marten;

namespace Ledger.Projections.Views;

/// <summary>
/// The time and actor of the ledger records <see cref="Recording"/> read last, shared by the projections of one store:
/// the trail, the timeline and the warnings each read every event (the market facts the tenders'), side by side in a
/// rebuild and at the same moment live, so without it each record was fetched and scanned three times or more. An
/// appended record never changes, so an entry is never stale. Two generations of at most <see cref="GenerationSize"/>
/// entries bound the memory it holds.
/// </summary>
internal sealed class RecordCache(int generationSize)
{
    /// <summary>25 daemon pages: projections that far apart still share their reads; about 10 MB a generation.</summary>
    public const int GenerationSize = 50_000;

    private static readonly ConditionalWeakTable<IDocumentStore, RecordCache> Stores = [];

    private readonly Lock gate = new();
    private Dictionary<Guid, LedgerRecord> current = [];
    private Dictionary<Guid, LedgerRecord> previous = [];

    public static RecordCache Of(IDocumentStore store) => Stores.GetValue(store, _ => new RecordCache(GenerationSize));

    public bool TryGet(Guid eventId, [MaybeNullWhen(false)] out LedgerRecord record)
    {
        lock (gate)
        {
            return current.TryGetValue(eventId, out record) || previous.TryGetValue(eventId, out record);
        }
    }

    public void Add(IEnumerable<(Guid EventId, LedgerRecord Record)> records)
    {
        lock (gate)
        {
            foreach (var (eventId, record) in records)
            {
                if (current.Count >= generationSize)
                {
                    (previous, current) = (current, []);
                }
                current[eventId] = record;
            }
        }
    }
}
