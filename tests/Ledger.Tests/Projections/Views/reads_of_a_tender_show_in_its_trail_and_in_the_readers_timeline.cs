using Ledger.Access;
using Ledger.Actions;
using Ledger.Projections.Views;
using Ledger.Projections.Views.Actors;
using Ledger.Projections.Views.Tenders;
using Ledger.Tests.Bidding;
using Ledger.Tests.Projections.Warnings;
using Ledger.Tests.Support;
using Marten;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Views;

public sealed class reads_of_a_tender_show_in_its_trail_and_in_the_readers_timeline(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task who_read_what_in_which_role_why_when_and_whether_it_was_served_and_reads_of_the_trail_itself_stay_out_of_it()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), BiddingClock.Entry);
        var tenders = await new RecordedTenders(ledger).BidAsync(("T-V",
            [PlannedBid.Own("B-1", 903_000m, 1), PlannedBid.Own("B-2", 951_000m, 2), PlannedBid.Own("B-3", 987_000m, 3)]));
        var denied = await ledger.ReadAsync(Actors.Tenderer, ReadSubject.SealedBid("T-V", "B-2"), "核对投标文件递交情况", "sealed until the opening");
        await tenders.OpenAsync("T-V");
        ledger.Clock.SetUtcNow(BiddingClock.Evaluation);
        var granted = await ledger.ReadAsync(Actors.Supervisor, ReadSubject.BidPrices("T-V", null), "（2026）兰发改监字第3号");
        var ofTrail = await ledger.ReadAsync(Actors.Supervisor, ReadSubject.TenderTrail("T-V"), "（2026）兰发改监字第3号");
        var elsewhere = await ledger.ReadAsync(Actors.Supervisor, ReadSubject.PersonTimeline(Actors.Tenderer.PersonId), "（2026）兰发改监字第3号");

        var trail = await ledger.WhenCaughtUpAsync(s => s.LoadAsync<TenderTrail>("T-V", Ct), t => t.Entries.Count(e => e.Read is not null) == 2);

        var reads = trail.Entries.Where(e => e.Read is not null).ToList();
        Assert.Equal([denied, granted], reads.Select(e => e.EventId));
        Assert.Equal(
            ("DataRead", "trail/P-T01", ActorRef.Of(Actors.Tenderer), BiddingClock.Bidding, "B-2"),
            (reads[0].Type, reads[0].Stream, reads[0].Actor, reads[0].Time, reads[0].BidderId));
        Assert.Equal(new DataRead(ReadSubject.SealedBid("T-V", "B-2"), "核对投标文件递交情况", AccessOutcome.Denied, "sealed until the opening"), reads[0].Read);
        Assert.Equal((ActorRef.Of(Actors.Supervisor), BiddingClock.Evaluation, AccessOutcome.Granted), (reads[1].Actor, reads[1].Time, reads[1].Read!.Outcome));
        var types = trail.Entries.Select(e => e.Type).ToList();
        Assert.True(types.IndexOf("BidSubmitted") < types.IndexOf("DataRead") && types.IndexOf("DataRead") < types.IndexOf("BidsOpened"), string.Join(", ", types));
        Assert.DoesNotContain(trail.Entries, e => e.EventId == elsewhere || e.EventId == ofTrail);

        var timeline = await ledger.WhenCaughtUpAsync<IReadOnlyList<ActorAction>>(
            async s => await s.Query<ActorAction>().Where(a => a.PersonId == Actors.Supervisor.PersonId).OrderBy(a => a.Sequence).ToListAsync(Ct), a => a.Count == 3);
        Assert.Equal([granted, ofTrail, elsewhere], timeline.Select(a => a.Id));
        Assert.All(timeline, a => Assert.Equal(("DataRead", Role.Supervisor, "trail/P-S01"), (a.Type, a.Role, a.Stream)));
        Assert.Equal((ReadKind.PersonTimeline, "P-T01", "（2026）兰发改监字第3号"), (timeline[2].Read!.Subject.Kind, timeline[2].Read!.Subject.Id, timeline[2].Read!.Purpose));
    }
}
