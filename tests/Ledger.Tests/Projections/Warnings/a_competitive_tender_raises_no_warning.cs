using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Warnings;

public sealed class a_competitive_tender_raises_no_warning(PostgresFixture postgres)
{
    [Fact]
    public async Task from_the_bids_through_the_opening()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), BiddingClock.Entry);
        var tenders = await new RecordedTenders(ledger).BidAsync(
            ("T-FAIR", [PlannedBid.Own("B-1", 831_234.56m, 1), PlannedBid.Own("B-2", 871_111.11m, 2), PlannedBid.Own("B-3", 959_876.54m, 3)]));
        await tenders.OpenAsync("T-FAIR");

        var inputs = await Warnings.TenderAsync(ledger, "T-FAIR", t => t.OpeningEventId is not null);

        Assert.Equal(3, inputs.Prices.Count);
        Assert.Equal(3, inputs.Deposits.Count);
        Assert.Empty(inputs.Warnings);
        Assert.Empty(await Warnings.WhenAsync(ledger, q => q, _ => true));
    }
}
