using JasperFx.Events;
using JasperFx.Events.Grouping;
using Ledger.Bidding.Events;
using Marten;
using Marten.Events.Projections;

namespace Ledger.Projections.Views.Markets;

/// <summary>
/// Builds each <see cref="TenderMarketFacts"/> from the tender stream <c>tender/{tenderId}</c>: the entry names the
/// tenderer, the opening the bids, the award notice the winner. The bid streams are not read: before the opening they
/// hold what Bidding Law Art. 22 keeps secret, and the opening lists every bid standing.
/// </summary>
public sealed partial class TenderMarketFactsProjection : MultiStreamProjection<TenderMarketFacts, string>
{
    public TenderMarketFactsProjection()
    {
        Name = "TenderMarketFacts";
        Identity<ProjectEntered>(e => e.TenderId);
        Identity<BidsOpened>(e => e.TenderId);
        Identity<AwardNotified>(e => e.TenderId);
    }

    public override Task EnrichEventsAsync(SliceGroup<TenderMarketFacts, string> group, IQuerySession querySession, CancellationToken cancellation) =>
        Recording.AttachAsync(querySession, group.Slices.SelectMany(s => s.Events()).Where(e => e.Data is BidsOpened), cancellation);

    public void Apply(ProjectEntered e, TenderMarketFacts facts)
    {
        facts.Id = e.TenderId;
        facts.TendererId = e.TendererId;
    }

    public void Apply(IEvent<BidsOpened> e, TenderMarketFacts facts)
    {
        facts.OpeningEventId = e.Id;
        facts.OpenedAt = Recording.TimeOf(e);
        facts.Bids = [.. e.Data.Bids.Where(b => b.Outcome != OpeningOutcome.NotDecrypted && b.Price is not null).Select(b => new MarketBid(b.BidderId, b.Price!.Value))];
    }

    public void Apply(AwardNotified e, TenderMarketFacts facts)
    {
        facts.WinnerId = e.WinnerId;
        facts.AwardValue = e.Price;
    }
}
