using JasperFx.Events;
using JasperFx.Events.Grouping;
using Ledger.Access;
using Ledger.Bidding.Events;
using Ledger.Store.Commands;
using Marten;
using Marten.Events.Projections;

namespace Ledger.Projections.Views.Tenders;

/// <summary>
/// Builds each <see cref="TenderTrail"/> from the tender's streams, <c>tender/{tenderId}</c> and
/// <c>bid/{tenderId}/{bidderId}</c>, and from the actors' trails: refusals aimed at those streams and reads of the
/// tender's data (<see cref="DataRead"/>). Events are grouped by stream key, or for a trail event by what it names, so a
/// new event type in the tender's streams needs only its Apply.
/// </summary>
public sealed partial class TenderTrailProjection : MultiStreamProjection<TenderTrail, string>
{
    /// <summary>The events that file a bid; the latest standing one is what an amendment or withdrawal modifies.</summary>
    private static readonly string[] Filings = [nameof(BidSubmitted), nameof(BidAmended)];

    public TenderTrailProjection()
    {
        Name = "TenderTrail";
        // A null id leaves the event out: Marten skips null identities. A read of the trail itself stays in the reader's
        // timeline only: in the trail it would change the trail with every look at it.
        Identity<IEvent>(e => (e.Data switch
        {
            ActionRefused refused => TenderOf(refused.Stream),
            DataRead { Subject.Kind: ReadKind.TenderTrail } => null,
            DataRead read => read.Subject.TenderId,
            _ => TenderOf(e.StreamKey),
        })!);
    }

    public override Task EnrichEventsAsync(SliceGroup<TenderTrail, string> group, IQuerySession querySession, CancellationToken cancellation) =>
        Recording.AttachAsync(querySession, group.Slices.SelectMany(s => s.Events()), cancellation);

    public void Apply(IEvent<ProjectEntered> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<TenderNoticePublished> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<DocumentsObtained> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<DepositPaid> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<BidSubmitted> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<BidAmended> e, TenderTrail trail) =>
        trail.Add(Entry(e), Modification.Amendment, earlier => IsFilingOf(earlier, e.Data.BidderId));

    public void Apply(IEvent<BidWithdrawn> e, TenderTrail trail) =>
        trail.Add(Entry(e), Modification.Withdrawal, earlier => IsFilingOf(earlier, e.Data.BidderId));

    public void Apply(IEvent<BidsOpened> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<ExpertPanelDrawn> e, TenderTrail trail)
    {
        var recused = e.Data.Avoidances.Select(a => a.ExpertId).ToHashSet(StringComparer.Ordinal);
        trail.Add(Entry(e), Modification.Recusal, earlier => earlier.Type == nameof(ExpertScoreRecorded) && recused.Contains(earlier.ExpertId!));
    }

    public void Apply(IEvent<ExpertScoreRecorded> e, TenderTrail trail)
    {
        var entry = Entry(e) with { ExpertId = e.Data.ExpertId, BidderId = e.Data.BidderId };
        trail.Add(entry, Modification.Rescore, earlier =>
            earlier.Type == nameof(ExpertScoreRecorded) && earlier.ExpertId == entry.ExpertId && earlier.BidderId == entry.BidderId);
    }

    public void Apply(IEvent<EvaluationReportSubmitted> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<CandidatesPublished> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<ObjectionFiled> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<ObjectionAnswered> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<AwardNotified> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<ContractSigned> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<DepositRefunded> e, TenderTrail trail) => trail.Add(Entry(e));

    public void Apply(IEvent<ActionRefused> e, TenderTrail trail) =>
        trail.Add(Entry(e) with { BidderId = BidderOf(e.Data.Stream), Refusal = e.Data });

    public void Apply(IEvent<DataRead> e, TenderTrail trail) =>
        trail.Add(Entry(e) with { BidderId = e.Data.Subject.BidderId, Read = e.Data });

    private static TrailEntry Entry(IEvent e) =>
        new(e.Id, e.Sequence, e.StreamKey!, e.Version, e.EventType.Name, Recording.TimeOf(e), Recording.ActorOf(e)) { BidderId = BidderOf(e.StreamKey!) };

    private static bool IsFilingOf(TrailEntry entry, string bidderId) =>
        entry.BidderId == bidderId && Filings.Contains(entry.Type);

    /// <summary>The tender of a tender or bid stream key; null for any other stream.</summary>
    private static string? TenderOf(string? stream) => stream?.Split('/') switch
    {
        ["tender", var tender] => tender,
        ["bid", var tender, _] => tender,
        _ => null,
    };

    private static string? BidderOf(string stream) => stream.Split('/') is ["bid", _, var bidder] ? bidder : null;
}
