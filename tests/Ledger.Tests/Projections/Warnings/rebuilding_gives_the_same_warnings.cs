using Ledger.Access;
using Ledger.Projections;
using Ledger.Projections.Detectors.Reads;
using Ledger.Projections.Detectors.Scores;
using Ledger.Projections.Warnings;
using Ledger.Tests.Bidding;
using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using Marten;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Warnings;

public sealed class rebuilding_gives_the_same_warnings(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task raised_and_cleared_as_the_live_daemon_left_them()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), BiddingClock.Entry);
        var shared = PlannedBid.Own("B-2", 987_654.32m, 2) with { Features = PlannedBid.Machine(1) with { IpAddress = "10.9.9.9" }, Account = "6217000000000001" };
        var tenders = await new RecordedTenders(ledger).BidAsync(
            ("T-R", [PlannedBid.Own("B-1", 903_456.78m, 1), shared, PlannedBid.Own("B-3", 988_765.43m, 3), PlannedBid.Own("B-4", 989_876.54m, 4)]),
            ("T-S", [PlannedBid.Own("B-1", 831_234.56m, 1), PlannedBid.Own("B-5", 871_111.11m, 5), PlannedBid.Own("B-6", 959_876.54m, 6)]));
        // The live daemon meets the bids and the opening in separate batches; the rebuild meets them in one.
        await Warnings.TenderAsync(ledger, "T-S", t => t.Filings.Count == 3);
        await ledger.ReadAsync(Actors.Agent, ReadSubject.SealedBid("T-S", "B-5"), "核对投标文件递交情况", "sealed until the opening");
        await tenders.OpenAsync("T-R", "T-S");
        await tenders.DrawAsync("T-R", "E-1", "E-2", "E-3");
        await tenders.ScoreAsync("T-R", "E-1", "B-1", 90m);
        await tenders.ScoreAsync("T-R", "E-2", "B-1", 91m);
        await tenders.ScoreAsync("T-R", "E-3", "B-1", 60m);
        await Warnings.WhenAsync(ledger, q => q.Where(w => w.Rule == ScoreDetector.EvaluatorDeviation.Id), w => w.Count > 0);
        await tenders.ScoreAsync("T-R", "E-3", "B-1", 89m);
        var before = await Warnings.WhenAsync(ledger, q => q, w => w.Any(x => x.ClearedAt is not null));
        Assert.Contains(before, w => w.Rule == ScoreDetector.EvaluatorDeviation.Id && w.ClearedBy == tenders.Ids["score T-R/E-3/B-1"]);
        Assert.Contains(before, w => w.Rule == ReadDetector.SealedBidBeforeOpening.Id && w.TenderId == "T-S");
        var json = await SnapshotAsync(ledger.Store.Marten);

        await LedgerProjections.RebuildAllAsync(ledger.Store.Marten, Ct);

        Assert.Equal(json, await SnapshotAsync(ledger.Store.Marten));
    }

    private static async Task<(string Warnings, string Inputs)> SnapshotAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return (await session.Query<WarningRecord>().OrderBy(w => w.Id).ToJsonArray(Ct),
                await session.Query<TenderInputs>().OrderBy(t => t.Id).ToJsonArray(Ct));
    }
}
