using System.Reflection;
using Ledger.Bidding;
using Ledger.Bidding.Events;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;

namespace Ledger.Tests.Bidding;

/// <summary>House rules for the family's events: a new event that breaks one fails here.</summary>
public sealed class every_bidding_event_has_one_stream_and_a_canonical_form
{
    // Events name their tender; the records they are built from (FeatureCodes, OpenedBid, …) do not.
    private static readonly Type[] EventTypes = typeof(BidSubmitted).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == "Ledger.Bidding.Events" && t.IsClass && t.GetProperty("TenderId") is not null)
        .ToArray();

    public static TheoryData<string> EventNames => [.. EventTypes.Select(t => t.Name)];

    [Fact]
    public void the_family_has_the_seventeen_events_of_issue_3()
    {
        Assert.Equal(17, EventTypes.Length);
    }

    [Theory]
    [MemberData(nameof(EventNames))]
    public void each_event_is_applied_by_exactly_one_of_tender_and_bid(string name)
    {
        var type = EventTypes.Single(t => t.Name == name);
        var byTender = Applies(typeof(Tender), type);
        var byBid = Applies(typeof(Bid), type);
        Assert.True(byTender ^ byBid, $"{name}: applied by tender {byTender}, by bid {byBid}");
        Assert.True(type.IsSealed, $"{name} is not sealed");
    }

    [Fact]
    public void a_full_tender_records_every_event_and_each_has_a_canonical_form()
    {
        var scenario = TenderScenario.Full();
        var tenderEvents = scenario.TenderEvents;
        var bidEvents = scenario.Bids.SelectMany(b => scenario.BidEvents(b.BidderId)).ToList();

        Assert.Equal(EventTypes.Select(t => t.Name).Order(), tenderEvents.Concat(bidEvents).Select(e => e.GetType().Name).Distinct().Order());
        Assert.All(tenderEvents, e => Assert.True(Applies(typeof(Tender), e.GetType())));
        Assert.All(bidEvents, e => Assert.True(Applies(typeof(Bid), e.GetType())));
        var time = new DateTimeOffset(2026, 12, 20, 1, 30, 0, TimeSpan.Zero);
        Assert.All(tenderEvents.Concat(bidEvents), e =>
            Assert.NotEmpty(CanonicalEvent.Create(CryptoSuite.Gm, new EventEnvelope(e.GetType().Name, "tender/T-1", 1, time, null), e).Bytes));
    }

    [Fact]
    public void replaying_an_event_in_the_wrong_stream_is_refused()
    {
        var scenario = TenderScenario.Full();

        Assert.Throws<ArgumentException>(() => Tender.Replay(scenario.BidEvents("B-1")));
        Assert.Throws<ArgumentException>(() => Bid.Replay(scenario.TenderEvents));
    }

    private static bool Applies(Type state, Type @event) =>
        state.GetMethod("Apply", BindingFlags.Public | BindingFlags.Instance, [@event]) is not null;
}
