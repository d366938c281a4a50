using Ledger.Bidding;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using static Ledger.Tests.Bidding.Decisions;

namespace Ledger.Tests.Bidding;

public sealed class a_bid_needs_the_notice_the_documents_and_the_deposit
{
    private static readonly SubmitBid Submission = TenderScenario.Submission("B-1", TenderScenario.Sha256("commitment"));

    [Fact]
    public void no_bid_before_the_notice()
    {
        var tender = new TenderScenario().Entered().Tender;

        var reason = Refused(BiddingRules.Decide(tender, new Bid(), Submission, Actors.Bidder("B-1"), Clock.Bidding));

        Assert.Equal("tender T-1 has no published notice yet: no bid before the notice", reason);
    }

    [Fact]
    public void no_bid_without_the_documents()
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: null);

        Assert.Equal("B-1 has not obtained the documents of tender T-1",
            Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), Submission, Actors.Bidder("B-1"), Clock.Bidding)));
        scenario.Obtained("B-1");
        Accepted<BidSubmitted>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), Submission, Actors.Bidder("B-1"), Clock.Bidding));
    }

    [Fact]
    public void the_documents_obtained_must_be_the_published_ones_and_are_obtained_once()
    {
        var scenario = new TenderScenario().Entered().Noticed();
        var other = new ObtainDocuments("T-1", "B-1", TenderScenario.Sha256("other documents"));

        Assert.Contains("is not the published documents hash", Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), other, Actors.Bidder("B-1"), Clock.Bidding)), StringComparison.Ordinal);
        scenario.Obtained("B-1");
        Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), new ObtainDocuments("T-1", "B-1", TenderScenario.DocumentsHash), Actors.Centre, Clock.Bidding));
    }

    [Fact]
    public void a_required_deposit_must_be_held_in_full()
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: 20_000m).Obtained("B-1").Obtained("B-2").Obtained("B-3");
        scenario.Paid("B-2", 19_999.99m).Paid("B-3", 20_000.00m);

        Assert.Equal("B-1 holds a deposit of 0 for tender T-1, less than the required 20000",
            Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), Submission, Actors.Bidder("B-1"), Clock.Bidding)));
        Assert.Equal("B-2 holds a deposit of 19999.99 for tender T-1, less than the required 20000",
            Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-2"), Submission with { BidderId = "B-2" }, Actors.Bidder("B-2"), Clock.Bidding)));
        Accepted<BidSubmitted>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-3"), Submission with { BidderId = "B-3" }, Actors.Bidder("B-3"), Clock.Bidding));
    }

    [Fact]
    public void an_electronic_guarantee_counts_as_the_deposit()
    {
        var scenario = new TenderScenario().Entered().Noticed().Obtained("B-1").Paid("B-1", method: DepositMethod.ElectronicGuarantee);

        Accepted<BidSubmitted>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), Submission, Actors.Bidder("B-1"), Clock.Bidding));
    }

    [Fact]
    public void a_deposit_is_taken_only_where_required_and_only_once()
    {
        var none = new TenderScenario().Entered().Noticed(deposit: null);
        var pay = new PayDeposit("T-1", "B-1", DepositMethod.VirtualSubAccount, 20_000m, "VA-1", "中国银行", "6217000012345678", true);
        Assert.Equal("tender T-1 requires no deposit", Refused(BiddingRules.Decide(none.Tender, none.Bid("B-1"), pay, Actors.Centre, Clock.Bidding)));

        var paid = new TenderScenario().Entered().Noticed().Paid("B-1");
        Assert.Equal("B-1 already holds a deposit of 20000 (VirtualSubAccount) for tender T-1",
            Refused(BiddingRules.Decide(paid.Tender, paid.Bid("B-1"), pay, Actors.Centre, Clock.Bidding)));
    }

    [Fact]
    public void a_transfer_names_its_source_account_and_a_guarantee_does_not()
    {
        var scenario = new TenderScenario().Entered().Noticed();
        var transfer = new PayDeposit("T-1", "B-1", DepositMethod.VirtualSubAccount, 20_000m, "VA-1", "中国银行", null, null);
        var guarantee = new PayDeposit("T-1", "B-1", DepositMethod.ElectronicGuarantee, 20_000m, "BH-1", "担保公司", "6217000012345678", true);

        Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), transfer, Actors.Centre, Clock.Bidding));
        Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), guarantee, Actors.Centre, Clock.Bidding));
        Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), transfer with { Amount = 0m, SourceAccount = "6217", MatchesRegisteredAccount = false }, Actors.Centre, Clock.Bidding));
    }

    [Fact]
    public void a_standing_bid_is_amended_not_submitted_again_but_a_withdrawn_one_may_be()
    {
        var scenario = new TenderScenario().Entered().Noticed().Submitted("B-1", 900_000m);

        Assert.Equal("B-1 already has a bid standing for tender T-1: amend or withdraw it",
            Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), Submission, Actors.Bidder("B-1"), Clock.Bidding)));
        scenario.Withdrawn("B-1");
        Accepted<BidSubmitted>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), Submission, Actors.Bidder("B-1"), Clock.Bidding));
    }

    [Fact]
    public void nothing_to_amend_or_withdraw_without_a_standing_bid()
    {
        var scenario = new TenderScenario().Entered().Noticed().Obtained("B-1");
        var amend = new AmendBid("T-1", "B-1", TenderScenario.Sha256("v2"), 10, "c2ln", "CA-1", TenderScenario.Features, TenderScenario.Sha256("c2"));

        Assert.Equal("B-1 has no bid standing for tender T-1 to amend", Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), amend, Actors.Bidder("B-1"), Clock.Bidding)));
        Assert.Equal("B-1 has no bid standing for tender T-1 to withdraw",
            Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), new WithdrawBid("T-1", "B-1"), Actors.Bidder("B-1"), Clock.Bidding)));
    }

    public static TheoryData<string, SubmitBid> Malformed => new()
    {
        { "bid file hash", Submission with { FileHash = "abc" } },
        { "bid file size", Submission with { FileSize = 0 } },
        { "bid file signature", Submission with { Signature = "not base64!" } },
        { "signing certificate serial", Submission with { CertificateSerial = " " } },
        { "CPU id feature code", Submission with { Features = TenderScenario.Features with { CpuId = "" } } },
        { "price commitment", Submission with { PriceCommitment = "1234.5" } },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void a_malformed_sealed_bid_is_refused_by_name(string what, SubmitBid command)
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: null).Obtained("B-1");

        Assert.StartsWith(what, Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), command, Actors.Bidder("B-1"), Clock.Bidding)), StringComparison.Ordinal);
    }

    [Fact]
    public void the_dongle_serial_is_optional()
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: null).Obtained("B-1");
        var command = Submission with { Features = TenderScenario.Features with { DongleSerial = null } };

        Accepted<BidSubmitted>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), command, Actors.Bidder("B-1"), Clock.Bidding));
    }

    [Fact]
    public void a_state_loaded_from_another_stream_is_a_bug_not_a_refusal()
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: null).Obtained("B-2");

        Assert.Throws<ArgumentException>(() => BiddingRules.Decide(scenario.Tender, scenario.Bid("B-2"), Submission, Actors.Bidder("B-1"), Clock.Bidding));
        Assert.Throws<ArgumentException>(() => BiddingRules.Decide(scenario.Tender, new Bid(), Submission with { TenderId = "T-2" }, Actors.Bidder("B-1"), Clock.Bidding));
    }
}
