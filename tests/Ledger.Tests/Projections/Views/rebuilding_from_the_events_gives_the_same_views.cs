using Ledger.Projections;
using Ledger.Projections.Views.Actors;
using Ledger.Projections.Views.Tenders;
using Ledger.Tests.Support;
using Marten;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Views;

public sealed class rebuilding_from_the_events_gives_the_same_views(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task after_the_documents_are_deleted()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), BiddingClock.Entry);
        var sample = await new SampleTender(ledger).RecordAsync();
        await ledger.WhenCaughtUpAsync(s => s.LoadAsync<TenderTrail>(SampleTender.Id, Ct), t => t.Entries.Count == sample.Expected.Count);
        var before = await SnapshotAsync(ledger.Store.Marten);

        await ledger.Store.Marten.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(TenderTrail), Ct);
        await ledger.Store.Marten.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(ActorAction), Ct);
        Assert.Equal((null, "[]"), await SnapshotAsync(ledger.Store.Marten));
        await LedgerProjections.RebuildAllAsync(ledger.Store.Marten, Ct);

        var after = await SnapshotAsync(ledger.Store.Marten);
        Assert.NotNull(after.Trail);
        Assert.Equal(before, after);
    }

    private static async Task<(string? Trail, string Actions)> SnapshotAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return (await session.Json.FindByIdAsync<TenderTrail>(SampleTender.Id, Ct),
                await session.Query<ActorAction>().OrderBy(a => a.Sequence).ToJsonArray(Ct));
    }
}
