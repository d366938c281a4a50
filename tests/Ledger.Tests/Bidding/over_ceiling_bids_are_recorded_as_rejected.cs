using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using static Ledger.Tests.Bidding.Decisions;

namespace Ledger.Tests.Bidding;

/// <summary>
/// A bid over the ceiling is rejected (Regulations Art. 51 (5)) but does not stop the opening: the opening event
/// records it with its price, so the rejection itself is on the ledger.
/// </summary>
public sealed class over_ceiling_bids_are_recorded_as_rejected
{
    [Fact]
    public void a_price_at_the_ceiling_is_read_and_one_cent_over_is_rejected_in_the_opening_event()
    {
        var scenario = new TenderScenario().Entered().Noticed()
            .Submitted("B-1", TenderScenario.Ceiling).Submitted("B-2", TenderScenario.Ceiling + 0.01m).Submitted("B-3", 500_000m);

        var opened = Accepted<BidsOpened>(BiddingRules.Decide(scenario.Tender, scenario.Bids, new OpenBids("T-1", scenario.Reveals, []), Actors.Centre, Clock.Deadline));

        Assert.Equal(OpeningOutcome.Read, opened.Bids.Single(b => b.BidderId == "B-1").Outcome);
        var over = opened.Bids.Single(b => b.BidderId == "B-2");
        Assert.Equal(OpeningOutcome.OverCeiling, over.Outcome);
        Assert.Equal(1_000_000.01m, over.Price);
    }

    [Fact]
    public void over_ceiling_bids_still_count_towards_the_three_needed_to_open()
    {
        var scenario = new TenderScenario().Entered().Noticed()
            .Submitted("B-1", 2_000_000m).Submitted("B-2", 3_000_000m).Submitted("B-3", 500_000m);

        var opened = Accepted<BidsOpened>(BiddingRules.Decide(scenario.Tender, scenario.Bids, new OpenBids("T-1", scenario.Reveals, []), Actors.Centre, Clock.Deadline));

        Assert.Equal(2, opened.Bids.Count(b => b.Outcome == OpeningOutcome.OverCeiling));
    }
}
