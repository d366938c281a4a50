using Ledger.Projections.Detectors.Bids;
using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Warnings;

public sealed class tight_cover_bids_are_flagged_once_prices_are_read_at_opening(PostgresFixture postgres)
{
    [Fact]
    public async Task with_the_opening_and_every_bid_as_evidence()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), BiddingClock.Entry);
        var tenders = await new RecordedTenders(ledger).BidAsync(("T-COVER",
        [
            PlannedBid.Own("B-1", 903_456.78m, 1), PlannedBid.Own("B-2", 987_654.32m, 2),
            PlannedBid.Own("B-3", 988_765.43m, 3), PlannedBid.Own("B-4", 989_876.54m, 4),
        ]));
        await Warnings.TenderAsync(ledger, "T-COVER", t => t.Filings.Count == 4);
        Assert.Empty(await Warnings.WhenAsync(ledger, q => q, _ => true));

        await tenders.OpenAsync("T-COVER");
        var warnings = await Warnings.WhenAsync(ledger, q => q.Where(w => w.TenderId == "T-COVER"), w => w.Count > 0);

        Guid[] all = [.. new[] { "B-1", "B-2", "B-3", "B-4" }.Select(b => tenders.Ids[$"submitted T-COVER/{b}"]), tenders.Ids["opened T-COVER"]];
        var low = Assert.Single(warnings, w => w.Rule == BidDetector.LowVariation.Id);
        Assert.Equal(("T-COVER", BiddingClock.Deadline), (low.Subject, low.FirstRaisedAt));
        Assert.Equal(all.Order(), low.Events);
        var gap = Assert.Single(warnings, w => w.Rule == BidDetector.HighRelativeDistance.Id);
        Assert.Equal(all.Order(), gap.Events);
        Assert.True(gap.Score > 0.9, $"relative distance score {gap.Score}");
        var outlier = Assert.Single(warnings, w => w.Rule == BidDetector.PriceOutlier.Id);
        Assert.Equal("T-COVER:B-1", outlier.Subject);
        Assert.Equal(new[] { tenders.Ids["submitted T-COVER/B-1"], tenders.Ids["opened T-COVER"] }.Order(), outlier.Events);
    }
}
