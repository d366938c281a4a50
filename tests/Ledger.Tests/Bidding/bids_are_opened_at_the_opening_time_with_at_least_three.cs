using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using static Ledger.Tests.Bidding.Decisions;

namespace Ledger.Tests.Bidding;

public sealed class bids_are_opened_at_the_opening_time_with_at_least_three
{
    [Fact]
    public void three_bids_are_opened_at_the_opening_time()
    {
        var scenario = ThreeBids();

        var opened = Accepted<BidsOpened>(BiddingRules.Decide(scenario.Tender, scenario.Bids, Open(scenario), Actors.Centre, Clock.Deadline));

        Assert.Equal(["B-1", "B-2", "B-3"], opened.Bids.Select(b => b.BidderId));
        Assert.All(opened.Bids, b => Assert.Equal(OpeningOutcome.Read, b.Outcome));
        Assert.Equal([900_000m, 950_000m, 980_000m], opened.Bids.Select(b => b.Price!.Value));
    }

    [Fact]
    public void an_opening_one_microsecond_early_is_refused_and_recorded()
    {
        var scenario = ThreeBids();

        var reason = Refused(
            BiddingRules.Decide(scenario.Tender, scenario.Bids, Open(scenario), Actors.Centre, Clock.Deadline - Clock.Microsecond), recordInTrail: true);

        Assert.Equal("opening of tender T-1 at 2026-12-20T01:29:59.999999Z is before the opening time 2026-12-20T01:30:00.000000Z", reason);
    }

    [Fact]
    public void two_bids_are_not_opened()
    {
        var scenario = new TenderScenario().Entered().Noticed().Submitted("B-1", 900_000m).Submitted("B-2", 950_000m);

        var reason = Refused(BiddingRules.Decide(scenario.Tender, scenario.Bids, Open(scenario), Actors.Centre, Clock.Deadline));

        Assert.Equal("tender T-1 has 2 bids standing; at least 3 are needed to open (Regulations Art. 44)", reason);
    }

    [Fact]
    public void withdrawn_bids_and_mere_document_holders_do_not_count()
    {
        var scenario = ThreeBids().Withdrawn("B-3").Obtained("B-4").Paid("B-4");

        Assert.Contains("has 2 bids standing", Refused(BiddingRules.Decide(scenario.Tender, scenario.Bids, Open(scenario), Actors.Centre, Clock.Deadline)), StringComparison.Ordinal);
    }

    [Fact]
    public void bids_are_opened_once()
    {
        var scenario = ThreeBids().Opened();

        Assert.Equal("the bids of tender T-1 are already opened", Refused(BiddingRules.Decide(scenario.Tender, scenario.Bids, Open(scenario), Actors.Centre, Clock.Deadline)));
    }

    [Fact]
    public void a_bid_of_another_tender_is_a_bug_not_a_refusal()
    {
        var scenario = ThreeBids();
        var stray = Ledger.Bidding.Bid.Replay([new DocumentsObtained("T-2", "B-9", TenderScenario.DocumentsHash)]);

        Assert.Throws<ArgumentException>(() => BiddingRules.Decide(scenario.Tender, [.. scenario.Bids, stray], Open(scenario), Actors.Centre, Clock.Deadline));
        Assert.Throws<ArgumentException>(() => BiddingRules.Decide(scenario.Tender, [.. scenario.Bids, scenario.Bid("B-1")], Open(scenario), Actors.Centre, Clock.Deadline));
    }

    private static TenderScenario ThreeBids() =>
        new TenderScenario().Entered().Noticed().Submitted("B-1", 900_000m).Submitted("B-2", 950_000m).Submitted("B-3", 980_000m);

    private static OpenBids Open(TenderScenario scenario) =>
        new("T-1", scenario.Bids.Where(b => b.Status == Ledger.Bidding.BidStatus.Submitted).Select(b => scenario.Reveal(b.BidderId)).ToList(), []);
}
