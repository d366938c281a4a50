using Ledger.Access;
using Ledger.Bidding;
using Ledger.Bidding.Commands;
using Ledger.Projections.Detectors.Reads;
using Ledger.Tests.Bidding;
using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Warnings;

public sealed class an_early_sealed_bid_read_and_an_amendment_after_it_are_flagged(PostgresFixture postgres)
{
    private static readonly PlannedBid[] Bids = [PlannedBid.Own("B-1", 903_000m, 1), PlannedBid.Own("B-2", 951_000m, 2), PlannedBid.Own("B-3", 987_000m, 3)];

    [Fact]
    public async Task as_soon_as_they_are_recorded_before_the_opening()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), BiddingClock.Entry);
        await new RecordedTenders(ledger).BidAsync(("T-E", Bids));
        ledger.Clock.SetUtcNow(BiddingClock.Bidding.AddHours(1));
        var read = await ledger.ReadAsync(Actors.Agent, ReadSubject.SealedBid("T-E", "B-2"), "核对投标文件递交情况", "sealed until the opening");

        var early = Assert.Single(await Warnings.WhenAsync(ledger, q => q.Where(w => w.TenderId == "T-E" && w.Rule.StartsWith("reads.")), w => w.Count == 1));

        Assert.Equal((ReadDetector.SealedBidBeforeOpening.Id, $"T-E:{Actors.AgentId}", 1.0), (early.Rule, early.Subject, early.Score));
        Assert.Equal([read], early.Events);
        Assert.Contains("1 refused by the ledger", early.Explanation);

        ledger.Clock.SetUtcNow(BiddingClock.Bidding.AddHours(7));
        var nonce = PriceCommitment.NewNonce();
        var amendment = new AmendBid("T-E", "B-1", TenderScenario.Sha256("amended bid file of B-1"), 4_800_000, "c2ln", "CA-0001", PlannedBid.Machine(1),
            PriceCommitment.Compute("T-E", "B-1", 899_000m, nonce));
        var amended = Assert.Single(await ledger.BidAsync("T-E", "B-1", amendment, Actors.Bidder("B-1"), BiddingRules.Decide));

        var warnings = await Warnings.WhenAsync(ledger, q => q.Where(w => w.TenderId == "T-E" && w.Rule.StartsWith("reads.")), w => w.Count == 2);

        var after = Assert.Single(warnings, w => w.Rule == ReadDetector.AmendAfterRead.Id);
        Assert.Equal("T-E:B-1", after.Subject);
        // Six hours after the read, of a 24-hour window: 1 − 6 / 48.
        Assert.Equal(1 - (6.0 / 48), after.Score, 12);
        Assert.Equal(new[] { read, amended }.Order(), after.Events);
        Assert.Equal(BiddingClock.Bidding.AddHours(7), after.FirstRaisedAt);
    }

    [Fact]
    public async Task and_a_bidder_asking_for_the_panel_before_the_result_is_flagged_too()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this, "panel"), BiddingClock.Entry);
        var tenders = await new RecordedTenders(ledger).BidAsync(("T-P", Bids));
        await tenders.OpenAsync("T-P");
        await tenders.DrawAsync("T-P", "E-1", "E-2", "E-3");
        ledger.Clock.SetUtcNow(BiddingClock.Evaluation);
        var read = await ledger.ReadAsync(Actors.Bidder("B-3"), ReadSubject.ExpertPanel("T-P"), "了解评标安排", "the panel is secret until the result");

        var warning = Assert.Single(await Warnings.WhenAsync(ledger, q => q.Where(w => w.TenderId == "T-P" && w.Rule.StartsWith("reads.")), w => w.Count == 1));

        Assert.Equal((ReadDetector.PanelBeforeResult.Id, "T-P:B-3", 1.0), (warning.Rule, warning.Subject, warning.Score));
        Assert.Equal([read], warning.Events);
    }
}
