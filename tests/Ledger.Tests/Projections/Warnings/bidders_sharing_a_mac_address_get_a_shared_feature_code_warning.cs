using Ledger.Projections.Detectors.Collusion;
using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Warnings;

public sealed class bidders_sharing_a_mac_address_get_a_shared_feature_code_warning(PostgresFixture postgres)
{
    [Fact]
    public async Task naming_both_bids_as_soon_as_they_are_in()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), BiddingClock.Entry);
        var shared = PlannedBid.Own("B-2", 951_000m, 2) with { Features = PlannedBid.Machine(2) with { MacAddress = "00:1a:2b:3c:00:01" } };
        var tenders = await new RecordedTenders(ledger).BidAsync(("T-MAC", [PlannedBid.Own("B-1", 903_000m, 1), shared, PlannedBid.Own("B-3", 987_000m, 3)]));

        var warnings = await Warnings.WhenAsync(ledger, q => q.Where(w => w.TenderId == "T-MAC"), w => w.Count > 0);

        var warning = Assert.Single(warnings);
        Assert.Equal((SharedIdentifierDetector.SharedFeatureCode.Id, "T-MAC:B-1+B-2", "bidding"), (warning.Rule, warning.Subject, warning.Family));
        Assert.Equal(new[] { tenders.Ids["submitted T-MAC/B-1"], tenders.Ids["submitted T-MAC/B-2"] }.Order(), warning.Events);
        Assert.Contains("MAC address 001A2B3C0001", warning.Explanation);
        Assert.Equal(0.8, warning.Score, 6);
        Assert.Equal((BiddingClock.Bidding, BiddingClock.Bidding, null), (warning.FirstRaisedAt, warning.LastUpdatedAt, warning.ClearedAt));
    }
}
