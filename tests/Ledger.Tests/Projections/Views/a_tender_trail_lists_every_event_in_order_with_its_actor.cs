using System.Text.Json;
using Ledger.Projections.Views.Tenders;
using Ledger.Tests.Support;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Views;

public sealed class a_tender_trail_lists_every_event_in_order_with_its_actor(PostgresFixture postgres)
{
    [Fact]
    public async Task across_the_tender_stream_and_the_bid_streams()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), BiddingClock.Entry);
        var sample = await new SampleTender(ledger).RecordAsync();

        var trail = await ledger.WhenCaughtUpAsync(
            s => s.LoadAsync<TenderTrail>(SampleTender.Id, TestContext.Current.CancellationToken),
            t => t.Entries.Count == sample.Expected.Count);

        Assert.Equal(
            sample.Expected.Select(e => (e.Type, e.Actor, e.Time)),
            trail.Entries.Select(e => (e.Type, e.Actor!, e.Time)));
        Assert.Equal(
            sample.Expected.Where(e => e.EventId != Guid.Empty).Select(e => e.EventId),
            trail.Entries.Where(e => e.Refusal is null).Select(e => e.EventId));
        Assert.True(trail.Entries.Zip(trail.Entries.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence), "entries follow the ledger's order");

        var submitted = trail.Entries.Single(e => e.EventId == sample.Ids["submitted B-3"]);
        Assert.Equal(("bid/T-1/B-3", 3L, "B-3"), (submitted.Stream, submitted.Version, submitted.BidderId));
        var opened = trail.Entries.Single(e => e.EventId == sample.Ids["opened"]);
        Assert.Equal(("tender/T-1", null), (opened.Stream, opened.BidderId));
    }

    [Fact]
    public async Task a_refused_action_aimed_at_the_tender_is_in_its_trail_and_no_committed_name_is_shown()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this, "refusal"), BiddingClock.Entry);
        var sample = await new SampleTender(ledger).RecordAsync();

        var trail = await ledger.WhenCaughtUpAsync(
            s => s.LoadAsync<TenderTrail>(SampleTender.Id, TestContext.Current.CancellationToken),
            t => t.Entries.Count == sample.Expected.Count);

        var refused = Assert.Single(trail.Entries, e => e.Refusal is not null);
        Assert.Equal("trail/E-2", refused.Stream);
        Assert.Equal(("RecordExpertScore", "tender/T-1"), (refused.Refusal!.Command, refused.Refusal.Stream));
        Assert.Contains("was recused", refused.Refusal.Reason);
        Assert.DoesNotContain("commit:", JsonSerializer.Serialize(trail));
        Assert.DoesNotContain("王五", JsonSerializer.Serialize(trail));
    }
}
