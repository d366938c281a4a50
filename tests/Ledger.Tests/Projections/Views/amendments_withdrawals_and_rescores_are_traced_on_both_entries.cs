using Ledger.Projections.Views.Tenders;
using Ledger.Tests.Support;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Views;

public sealed class amendments_withdrawals_and_rescores_are_traced_on_both_entries(PostgresFixture postgres)
{
    [Fact]
    public async Task the_earlier_entry_names_its_successor_and_the_later_names_what_it_modified()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), BiddingClock.Entry);
        var sample = await new SampleTender(ledger).RecordAsync();
        var ids = sample.Ids;

        var trail = await ledger.WhenCaughtUpAsync(
            s => s.LoadAsync<TenderTrail>(SampleTender.Id, TestContext.Current.CancellationToken),
            t => t.Entries.Count == sample.Expected.Count);
        TrailEntry Entry(string name) => trail.Entries.Single(e => e.EventId == ids[name]);

        AssertModified(Entry("submitted B-1"), Entry("amended B-1"), Modification.Amendment);
        AssertModified(Entry("submitted B-4"), Entry("withdrawn B-4"), Modification.Withdrawal);
        AssertModified(Entry("score E-1 B-1 #1"), Entry("score E-1 B-1 #2"), Modification.Rescore);
        AssertModified(Entry("score E-2 B-1"), Entry("recused E-2"), Modification.Recusal);
        Assert.Equal(("E-1", "B-1"), (Entry("score E-1 B-1 #2").ExpertId, Entry("score E-1 B-1 #2").BidderId));
        foreach (var standing in new[] { "amended B-1", "submitted B-2", "submitted B-3", "score E-1 B-1 #2", "drawn" })
        {
            Assert.Null(Entry(standing).ModifiedBy);
        }
        Assert.Null(Entry("drawn").Trace);
    }

    private static void AssertModified(TrailEntry earlier, TrailEntry later, Modification kind)
    {
        Assert.Equal(later.EventId, earlier.ModifiedBy);
        Assert.Equal(kind, later.Trace?.Kind);
        Assert.Equal([earlier.EventId], later.Trace!.Modifies);
    }
}
