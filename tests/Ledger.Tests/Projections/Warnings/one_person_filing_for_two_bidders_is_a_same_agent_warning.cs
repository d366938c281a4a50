using Ledger.Projections.Detectors.Collusion;
using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Warnings;

public sealed class one_person_filing_for_two_bidders_is_a_same_agent_warning(PostgresFixture postgres)
{
    [Fact]
    public async Task taken_from_the_hashed_record_of_who_filed()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), BiddingClock.Entry);
        var tenders = await new RecordedTenders(ledger).BidAsync(("T-AGENT",
        [
            PlannedBid.Own("B-1", 903_000m, 1) with { FiledBy = "P-AGENT-7" },
            PlannedBid.Own("B-2", 951_000m, 2) with { FiledBy = "P-AGENT-7" },
            PlannedBid.Own("B-3", 987_000m, 3),
        ]));

        var warnings = await Warnings.WhenAsync(ledger, q => q.Where(w => w.TenderId == "T-AGENT"), w => w.Count > 0);

        var warning = Assert.Single(warnings);
        Assert.Equal((SharedIdentifierDetector.SameAgent.Id, "T-AGENT:B-1+B-2"), (warning.Rule, warning.Subject));
        Assert.Equal(new[] { tenders.Ids["submitted T-AGENT/B-1"], tenders.Ids["submitted T-AGENT/B-2"] }.Order(), warning.Events);
        Assert.DoesNotContain("P-AGENT-7", warning.Explanation);
    }
}
