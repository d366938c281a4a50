using Ledger.Projections.Warnings;
using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using Marten;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Warnings;

public sealed class ledger_rebuild_rebuilds_every_projection_in_one_command(PostgresFixture postgres)
{
    [Fact]
    public async Task and_says_what_it_rebuilt_and_how_fast()
    {
        var database = await postgres.DatabaseFor(this);
        await using var ledger = await ViewLedger.OpenAsync(database, BiddingClock.Entry);
        var shared = PlannedBid.Own("B-2", 951_000m, 2) with { Features = PlannedBid.Machine(1) };
        await new RecordedTenders(ledger).BidAsync(("T-CLI", [PlannedBid.Own("B-1", 903_000m, 1), shared, PlannedBid.Own("B-3", 987_000m, 3)]));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = Ledger.Cli.Cli.Run(["rebuild", "--connection", database], output, error);

        Assert.True(exit == 0, error.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rebuilt schema ledger in the configured database: TenderTrail, ActorTimeline, AddressRegister, ApprovalCase, TenderMarketFacts, Warnings", lines[0]);
        Assert.Matches(@"^\d+ events in \d+\.\d\d s: [\d,]+ events/s", lines[1]);
        Assert.StartsWith("network warnings (bid-together, cover bidding, rotation) refreshed: 0 hold", lines[2]);
        await using var session = ledger.Store.Marten.QuerySession();
        Assert.Single(await session.Query<WarningRecord>().Where(w => w.TenderId == "T-CLI").ToListAsync(TestContext.Current.CancellationToken));
    }
}
