using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using static Ledger.Tests.Bidding.Decisions;

namespace Ledger.Tests.Bidding;

public sealed class a_contract_follows_the_award_and_deposits_are_refunded_in_turn
{
    private static readonly string ContractHash = TenderScenario.Sha256("合同");

    [Fact]
    public void no_contract_before_the_award()
    {
        var tender = TenderScenario.Published().Tender;

        Assert.Equal("tender T-1 is not awarded: no contract before the award",
            Refused(BiddingRules.Decide(tender, new SignContract("T-1", "B-1", 900_000m, ContractHash), Actors.Tenderer, Clock.Contract)));
    }

    [Fact]
    public void the_contract_is_signed_with_the_winner_at_the_awarded_price()
    {
        var tender = TenderScenario.Published().Awarded("B-1").Tender;

        Accepted<ContractSigned>(BiddingRules.Decide(tender, new SignContract("T-1", "B-1", 900_000.00m, ContractHash), Actors.Tenderer, Clock.Contract));
        Assert.Equal("tender T-1 was awarded to B-1, not B-2",
            Refused(BiddingRules.Decide(tender, new SignContract("T-1", "B-2", 950_000m, ContractHash), Actors.Tenderer, Clock.Contract)));
        Assert.Equal("contract amount 899999.99 of tender T-1 departs from the awarded price 900000 (Bidding Law Art. 46)",
            Refused(BiddingRules.Decide(tender, new SignContract("T-1", "B-1", 899_999.99m, ContractHash), Actors.Tenderer, Clock.Contract)));
    }

    [Fact]
    public void the_winners_deposit_is_refunded_after_the_contract()
    {
        var scenario = TenderScenario.Published().Awarded("B-1");

        Assert.Equal("B-1 won tender T-1: its deposit is refunded after the contract is signed", Refused(Refund(scenario, "B-1")));
        scenario.Contracted();
        var refunded = Accepted<DepositRefunded>(Refund(scenario, "B-1", interest: 12.34m));
        Assert.Equal(TenderScenario.Deposit, refunded.Principal);
        Assert.Equal(12.34m, refunded.Interest);
    }

    [Fact]
    public void the_other_deposits_are_refunded_after_the_award()
    {
        var scenario = TenderScenario.Published();

        Assert.Equal("the deposit of B-2 for tender T-1 is refunded after the award is notified", Refused(Refund(scenario, "B-2")));
        scenario.Awarded("B-1");
        Accepted<DepositRefunded>(Refund(scenario, "B-2"));
    }

    [Fact]
    public void a_withdrawn_bidders_deposit_is_refunded_at_once_and_once()
    {
        var scenario = new TenderScenario().Entered().Noticed().Submitted("B-1", 900_000m);
        Refused(Refund(scenario, "B-1"));

        scenario.Withdrawn("B-1").Refunded("B-1", 0m);

        Assert.Equal("B-1 holds no deposit for tender T-1", Refused(Refund(scenario, "B-1")));
    }

    [Fact]
    public void a_guarantee_is_released_without_interest()
    {
        var scenario = new TenderScenario().Entered().Noticed().Paid("B-1", method: DepositMethod.ElectronicGuarantee);

        Assert.Equal("the deposit of B-1 for tender T-1 is an electronic guarantee, which earns no interest", Refused(Refund(scenario, "B-1", interest: 0.01m)));
        Accepted<DepositRefunded>(Refund(scenario, "B-1", interest: 0m));
        Refused(Refund(new TenderScenario().Entered().Noticed().Paid("B-1"), "B-1", interest: -0.01m));
    }

    [Fact]
    public void only_the_centre_refunds()
    {
        var scenario = new TenderScenario().Entered().Noticed().Paid("B-1");

        Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), new RefundDeposit("T-1", "B-1", 0m), Actors.Tenderer, Clock.Contract), recordInTrail: true);
    }

    private static Ledger.Actions.Decision Refund(TenderScenario scenario, string bidder, decimal interest = 0m) =>
        BiddingRules.Decide(scenario.Tender, scenario.Bid(bidder), new RefundDeposit("T-1", bidder, interest), Actors.Centre, Clock.Contract.AddDays(1));
}
