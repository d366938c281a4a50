using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using static Ledger.Tests.Bidding.Decisions;

namespace Ledger.Tests.Bidding;

/// <summary>Bids, amendments and withdrawals must arrive strictly before the deadline (截止时间前).</summary>
public sealed class a_late_bid_is_refused_and_recorded
{
    private static readonly DateTimeOffset LastMoment = Clock.Deadline - Clock.Microsecond;

    [Fact]
    public void a_bid_one_microsecond_before_the_deadline_is_accepted()
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: null).Obtained("B-1");

        Accepted<BidSubmitted>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), Submission(), Actors.Bidder("B-1"), LastMoment));
    }

    [Fact]
    public void a_bid_at_the_deadline_is_refused_and_recorded_with_both_times()
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: null).Obtained("B-1");

        var reason = Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), Submission(), Actors.Bidder("B-1"), Clock.Deadline), recordInTrail: true);

        Assert.Equal("bid of B-1 for tender T-1 arrived at 2026-12-20T01:30:00.000000Z, not before the deadline 2026-12-20T01:30:00.000000Z", reason);
    }

    [Fact]
    public void a_bid_one_microsecond_late_is_refused_and_recorded()
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: null).Obtained("B-1");

        var reason = Refused(
            BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), Submission(), Actors.Bidder("B-1"), Clock.Deadline + Clock.Microsecond), recordInTrail: true);

        Assert.Equal("bid of B-1 for tender T-1 arrived at 2026-12-20T01:30:00.000001Z, not before the deadline 2026-12-20T01:30:00.000000Z", reason);
    }

    [Fact]
    public void an_amendment_must_arrive_before_the_deadline()
    {
        var scenario = new TenderScenario().Entered().Noticed().Submitted("B-1", 900_000m);
        var amend = new AmendBid("T-1", "B-1", TenderScenario.Sha256("v2"), 10, "c2ln", "CA-1", TenderScenario.Features, TenderScenario.Sha256("c2"));

        Accepted<BidAmended>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), amend, Actors.Bidder("B-1"), LastMoment));
        var reason = Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), amend, Actors.Bidder("B-1"), Clock.Deadline), recordInTrail: true);
        Assert.StartsWith("amendment of the bid of B-1 for tender T-1 arrived at 2026-12-20T01:30:00.000000Z", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void a_withdrawal_must_arrive_before_the_deadline()
    {
        var scenario = new TenderScenario().Entered().Noticed().Submitted("B-1", 900_000m);
        var withdraw = new WithdrawBid("T-1", "B-1");

        Accepted<BidWithdrawn>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), withdraw, Actors.Bidder("B-1"), LastMoment));
        Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), withdraw, Actors.Bidder("B-1"), Clock.Deadline), recordInTrail: true);
    }

    [Fact]
    public void documents_and_deposits_close_at_the_deadline_without_a_trail_record()
    {
        var scenario = new TenderScenario().Entered().Noticed();
        var obtain = new ObtainDocuments("T-1", "B-1", TenderScenario.DocumentsHash);
        var pay = new PayDeposit("T-1", "B-1", DepositMethod.ElectronicGuarantee, 20_000m, "BH-1", "担保公司", null, null);

        Accepted<DocumentsObtained>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), obtain, Actors.Bidder("B-1"), LastMoment));
        Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), obtain, Actors.Bidder("B-1"), Clock.Deadline));
        Accepted<DepositPaid>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), pay, Actors.Centre, LastMoment));
        Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), pay, Actors.Centre, Clock.Deadline));
    }

    private static SubmitBid Submission() => TenderScenario.Submission("B-1", TenderScenario.Sha256("commitment"));
}
