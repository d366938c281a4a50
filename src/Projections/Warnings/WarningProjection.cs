using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using JasperFx.Events;
using Ledger.Access;
using Ledger.Addresses;
using Ledger.Addresses.Events;
using Ledger.Approvals.Events;
using Ledger.Bidding.Events;
using Ledger.Projections.Detectors;
using Ledger.Projections.Views;
using Marten;
using Marten.Events;
using Marten.Events.Projections;

namespace Ledger.Projections.Warnings;

/// <summary>
/// Runs the per-tender, per-property and per-case detectors as the events arrive. For each daemon batch it loads the
/// inputs of the tenders, properties and cases the batch touches, applies their events in order, recomputes after each
/// event the rules whose inputs it changed (<see cref="Raising"/>), and stores the inputs and the changed
/// <see cref="WarningRecord"/>s in the batch's transaction. One projection for the three families, because they share
/// the warning documents that a rebuild deletes first. Cross-tender network rules run on demand
/// (<see cref="BidderNetworkWarnings"/>).
/// </summary>
/// <remarks>A hand-written batch projection rather than three aggregations: an aggregation cannot write documents other
/// than its own except as side effects, which Marten does not raise during a rebuild.</remarks>
public sealed class WarningProjection(DetectorThresholds thresholds) : IProjection
{
    public const string ProjectionName = "Warnings";

    /// <summary>The event types the inputs are made of; every other event is passed over.</summary>
    public static IReadOnlyList<Type> EventTypes { get; } =
    [
        typeof(TenderNoticePublished), typeof(BidSubmitted), typeof(BidAmended), typeof(DepositPaid), typeof(BidsOpened),
        typeof(ExpertPanelDrawn), typeof(ExpertScoreRecorded), typeof(CandidatesPublished), typeof(AwardNotified), typeof(DataRead),
        typeof(StandardAddressAssigned), typeof(OwnerConfirmationGiven), typeof(OwnerConfirmationWithdrawn), typeof(NegativeListEntryAdded),
        typeof(NegativeListEntryLifted), typeof(RegistrationApplied), typeof(NegativeListOverrideGranted), typeof(RegistrationCompleted),
        typeof(ApplicationSubmitted), typeof(ApplicationAccepted), typeof(TimeLimitsSet), typeof(ApprovalSuspended), typeof(ApprovalResumed),
        typeof(ReviewStepOpened), typeof(ReviewStepConcluded), typeof(DecisionMade),
    ];

    private static readonly HashSet<Type> Handled = [.. EventTypes];

    public DetectorThresholds Thresholds { get; } = thresholds ?? throw new ArgumentNullException(nameof(thresholds));

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(events);
        var relevant = events.Where(e => Handled.Contains(e.EventType)).ToList();
        if (relevant.Count == 0)
        {
            return;
        }
        await Recording.AttachAsync(operations, relevant, cancellation);
        var properties = await PropertiesOfApplicationsAsync(operations, relevant, cancellation);
        var owned = relevant.Select(e => (Event: e, Owner: OwnerOf(e, properties))).Where(x => x.Owner is not null).ToList();
        var tenders = await LoadAsync<TenderInputs>(operations, owned, WarningFamily.Bidding, id => new TenderInputs { Id = id }, cancellation);
        var addresses = await LoadAsync<PropertyInputs>(operations, owned, WarningFamily.Address, id => new PropertyInputs { Id = id }, cancellation);
        var cases = await LoadAsync<CaseInputs>(operations, owned, WarningFamily.Approval, id => new CaseInputs { Id = id }, cancellation);
        var disclosing = tenders.Values.SelectMany(t => t.Deposits.Select(d => d.EventId).Concat(t.Filings.Select(f => f.EventId)))
            .Concat(owned.Where(x => x.Event.Data is DepositPaid or BidSubmitted or BidAmended).Select(x => x.Event.Id)).ToHashSet();
        var disclosed = await DisclosedIdentifiers.TokensAsync(operations, disclosing, cancellation);

        // Owners are independent: each one's events are applied in order, different owners' side by side.
        var changed = new ConcurrentBag<WarningRecord>();
        try
        {
            Parallel.ForEach(owned.GroupBy(x => x.Owner!.Value), new ParallelOptions { CancellationToken = cancellation }, ownEvents =>
            {
                var records = new HashSet<WarningRecord>();
                foreach (var (e, _) in ownEvents)
                {
                    var at = Recording.TimeOf(e);
                    switch (ownEvents.Key.Family)
                    {
                        case WarningFamily.Bidding:
                            var tender = tenders[ownEvents.Key.Id];
                            tender.Detect(tender.Apply(e.Id, at, Recording.ActorOf(e), e.Data), Thresholds, disclosed, e.Id, at, records);
                            break;
                        case WarningFamily.Address:
                            var property = addresses[ownEvents.Key.Id];
                            if (property.Apply(e.Id, at, e.Data))
                            {
                                property.Detect(Thresholds, e.Id, at, records);
                            }
                            break;
                        default:
                            var approval = cases[ownEvents.Key.Id];
                            if (approval.Apply(e.Id, at, e.Data))
                            {
                                approval.Detect(Thresholds, e.Id, at, records);
                            }
                            break;
                    }
                }
                foreach (var record in records)
                {
                    changed.Add(record);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // The daemon's logs and error policies see the detector's own exception, as before the work was split.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        operations.Store(tenders.Values.ToArray());
        operations.Store(addresses.Values.ToArray());
        operations.Store(cases.Values.ToArray());
        operations.Store(changed.ToArray());
    }

    /// <summary>Which inputs an event feeds: its family and the tender, property or case id; null for none.</summary>
    private static (string Family, string Id)? OwnerOf(IEvent e, IReadOnlyDictionary<string, string> properties) => e.Data switch
    {
        RegistrationApplied applied => (WarningFamily.Address, applied.PropertyId),
        DataRead read => RecordedReads.TenderOf(read) is { } tender ? (WarningFamily.Bidding, tender) : null,
        NegativeListOverrideGranted or RegistrationCompleted => properties.TryGetValue(ApplicationOf(e)!, out var property) ? (WarningFamily.Address, property) : null,
        _ => e.StreamKey?.Split('/') switch
        {
            ["tender", var tender] => (WarningFamily.Bidding, tender),
            ["bid", var tender, _] => (WarningFamily.Bidding, tender),
            ["property", var property] => (WarningFamily.Address, property),
            ["approval", var approval] => (WarningFamily.Approval, approval),
            _ => null,
        },
    };

    private static string? ApplicationOf(IEvent e) => e.Data switch
    {
        NegativeListOverrideGranted x => x.ApplicationId,
        RegistrationCompleted x => x.ApplicationId,
        _ => null,
    };

    private static async Task<Dictionary<string, T>> LoadAsync<T>(
        IQuerySession session, List<(IEvent Event, (string Family, string Id)? Owner)> owned, string family, Func<string, T> create, CancellationToken ct)
        where T : notnull
    {
        var ids = owned.Where(x => x.Owner!.Value.Family == family).Select(x => x.Owner!.Value.Id).Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<string, T>(StringComparer.Ordinal);
        }
        var stored = await session.LoadManyAsync<T>(ct, ids);
        var loaded = stored.ToDictionary(IdOf, StringComparer.Ordinal);
        return ids.ToDictionary(id => id, id => loaded.GetValueOrDefault(id) ?? create(id), StringComparer.Ordinal);
    }

    private static string IdOf<T>(T inputs) => inputs switch
    {
        TenderInputs t => t.Id,
        PropertyInputs p => p.Id,
        CaseInputs c => c.Id,
        _ => throw new ArgumentException($"{typeof(T).Name} is not a warning input document", nameof(inputs)),
    };

    /// <summary>
    /// The property of each application an override or completion in the batch names: from applications in the same
    /// batch, else from the application events already stored, in one query.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string>> PropertiesOfApplicationsAsync(IQuerySession session, List<IEvent> events, CancellationToken ct)
    {
        var properties = events.Select(e => e.Data).OfType<RegistrationApplied>()
            .GroupBy(a => a.ApplicationId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().PropertyId, StringComparer.Ordinal);
        var missing = events.Select(ApplicationOf).OfType<string>().Where(id => !properties.ContainsKey(id)).Distinct(StringComparer.Ordinal)
            .Select(AddressStreams.RegistrationStream).ToArray();
        if (missing.Length > 0)
        {
            var stored = await session.Events.QueryAllRawEvents()
                .Where(e => e.StreamKey.IsOneOf(missing) && e.EventTypesAre(typeof(RegistrationApplied)))
                .ToListAsync(ct);
            foreach (var applied in stored.Select(e => e.Data).OfType<RegistrationApplied>())
            {
                properties[applied.ApplicationId] = applied.PropertyId;
            }
        }
        return properties;
    }
}
