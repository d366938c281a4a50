using System.Text.Json;
using Ledger.Actions;
using Ledger.Evidence.Canonical;
using Ledger.Store;

namespace Ledger.Privacy;

/// <summary>
/// Carries out erasure orders. Each subject's orders are the stream <c>privacy/{kind}/{id}</c> rather than one stream
/// per order: two orders for one subject then conflict on the stream version like any two commands, so the values an
/// order lists as erased are exactly those its transaction deleted, never ones a concurrent order took first.
/// </summary>
public static class ErasureOrders
{
    private const int Attempts = 5;

    public static string Stream(ErasureSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return $"privacy/{subject.Kind.ToString().ToLowerInvariant()}/{subject.Id}";
    }

    /// <summary>
    /// Records <paramref name="order"/> as a <see cref="PersonalDataErased"/> event and, in the same transaction, deletes
    /// the value and salt of every personal value still held that belongs to its subject (<see cref="SubjectFields"/>).
    /// Events, hashes, the tree and the blocks are never touched. An order for a subject of whom nothing is held is
    /// recorded too, with nothing erased: it was received and carried out.
    /// </summary>
    /// <exception cref="ArgumentException">The order or its issuer is refused (<see cref="ErasureOrder.Problem"/>); nothing was written.</exception>
    /// <exception cref="StreamConflictException">Other orders for the subject kept committing first; nothing was written.</exception>
    /// <exception cref="StoreUnavailableException">The database could not be reached; nothing was written.</exception>
    public static async Task<ErasureOutcome> CarryOutAsync(LedgerStore store, ErasureOrder order, EventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(context);
        if (order.Problem(context.Actor) is { } problem)
        {
            throw new ArgumentException(problem, nameof(order));
        }
        var stream = Stream(order.Subject);
        // The subject's id as the canonical form spells it, quotes included: a cheap filter before the exact rule.
        var spelled = Jcs.Canonicalize(JsonSerializer.SerializeToUtf8Bytes(order.Subject.Id));
        for (var attempt = 1; ; attempt++)
        {
            long version;
            await using (var session = store.Marten.QuerySession())
            {
                version = (await session.Events.FetchStreamStateAsync(stream, ct))?.Version ?? 0;
            }
            var erased = new List<ErasedValue>();
            foreach (var (eventId, canonical, held) in await store.PersonalValuesMentioningAsync(spelled, ct))
            {
                erased.AddRange(SubjectFields.Find(canonical, order.Subject).Where(held.Contains).Select(path => new ErasedValue(eventId, path)));
            }
            var recorded = new PersonalDataErased(order.OrderReference.Trim(), order.LegalBasis.Trim(), order.Subject, erased);
            try
            {
                return new ErasureOutcome(await store.AppendErasingAsync(stream, version, recorded, context, erased, ct), erased.Count);
            }
            catch (StreamConflictException) when (attempt < Attempts)
            {
            }
        }
    }
}
