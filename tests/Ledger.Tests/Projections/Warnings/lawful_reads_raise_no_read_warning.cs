using Ledger.Access;
using Ledger.Projections.Detectors.Reads;
using Ledger.Tests.Bidding;
using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Warnings;

public sealed class lawful_reads_raise_no_read_warning(PostgresFixture postgres)
{
    [Fact]
    public async Task a_bidder_reading_its_own_bid_and_supervisors_and_the_tenderer_reading_after_the_opening()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), BiddingClock.Entry);
        var tenders = await new RecordedTenders(ledger).BidAsync(("T-L",
            [PlannedBid.Own("B-1", 903_000m, 1), PlannedBid.Own("B-2", 951_000m, 2), PlannedBid.Own("B-3", 987_000m, 3)]));
        await ledger.ReadAsync(Actors.Bidder("B-1"), ReadSubject.SealedBid("T-L", "B-1"), "核对本单位投标文件");
        await tenders.OpenAsync("T-L");
        await tenders.DrawAsync("T-L", "E-1", "E-2", "E-3");
        ledger.Clock.SetUtcNow(BiddingClock.Evaluation);
        await ledger.ReadAsync(Actors.Supervisor, ReadSubject.SealedBid("T-L", "B-2"), "（2026）兰发改监字第5号");
        await ledger.ReadAsync(Actors.Tenderer, ReadSubject.BidPrices("T-L", null), "组织评标");
        await ledger.ReadAsync(Actors.Supervisor, ReadSubject.ExpertPanel("T-L"), "评标现场监督");

        var inputs = await Warnings.TenderAsync(ledger, "T-L", t => t.Reads.Count == 4);

        Assert.Equal(
            [(ReaderRole.Bidder, "B-1", ReadTarget.SealedBid), (ReaderRole.Supervisor, "LZ-FGW", ReadTarget.SealedBid),
             (ReaderRole.Tenderer, Actors.TendererId, ReadTarget.SealedBid), (ReaderRole.Supervisor, "LZ-FGW", ReadTarget.ExpertPanel)],
            inputs.Reads.Select(r => (r.Role, r.ReaderOrg, r.What)));
        Assert.All(inputs.Reads, r => Assert.False(r.Denied));
        Assert.DoesNotContain(inputs.Warnings, w => w.Rule.StartsWith("reads.", StringComparison.Ordinal));
    }
}
