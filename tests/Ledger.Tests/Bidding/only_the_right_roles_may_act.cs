using Ledger.Actions;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using static Ledger.Tests.Bidding.Decisions;

namespace Ledger.Tests.Bidding;

public sealed class only_the_right_roles_may_act
{
    public static TheoryData<string> TenderSide => ["centre", "tenderer", "agent"];

    public static TheoryData<string> NotTenderSide => ["other tenderer", "bidder", "expert", "supervisor", "agent of another"];

    [Theory]
    [MemberData(nameof(TenderSide))]
    public void the_centre_the_tenderer_and_its_agent_publish_the_notice(string who)
    {
        var tender = new TenderScenario().Entered().Tender;

        Accepted<TenderNoticePublished>(BiddingRules.Decide(tender, TenderScenario.Notice(), Actor(who), Clock.Notice));
    }

    [Theory]
    [MemberData(nameof(NotTenderSide))]
    public void anyone_else_publishing_the_notice_is_refused_and_recorded(string who)
    {
        var tender = new TenderScenario().Entered().Tender;

        var reason = Refused(BiddingRules.Decide(tender, TenderScenario.Notice(), Actor(who), Clock.Notice), recordInTrail: true);

        Assert.Contains($"may not publish the notice of tender T-1: only a centre operator, the tenderer {Actors.TendererId} or its agent {Actors.AgentId} may", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void a_tender_entered_by_the_tenderer_of_another_tender_is_refused()
    {
        var command = new EnterProject("T-1", "道路工程", Actors.TendererId, null);

        Refused(BiddingRules.Decide(new(), command, Actors.OtherTenderer, Clock.Entry), recordInTrail: true);
        Accepted<ProjectEntered>(BiddingRules.Decide(new(), command, Actors.Tenderer, Clock.Entry));
    }

    [Fact]
    public void a_bidder_submits_its_own_bid_and_no_one_elses()
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: null).Obtained("B-1");
        var command = TenderScenario.Submission("B-1", TenderScenario.Sha256("commitment"));

        Accepted<BidSubmitted>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), command, Actors.Bidder("B-1"), Clock.Bidding));
        var reason = Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), command, Actors.Bidder("B-2"), Clock.Bidding), recordInTrail: true);
        Assert.Equal("Bidder P-B-2 of B-2 may not submit a bid for B-1 to tender T-1: only bidder B-1 itself may", reason);
        Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), command, Actors.Agent, Clock.Bidding), recordInTrail: true);
    }

    [Fact]
    public void a_bidder_amends_and_withdraws_only_its_own_bid()
    {
        var scenario = new TenderScenario().Entered().Noticed().Submitted("B-1", 900_000m);
        var bid = scenario.Bid("B-1");

        Refused(BiddingRules.Decide(scenario.Tender, bid, new WithdrawBid("T-1", "B-1"), Actors.Bidder("B-2"), Clock.Bidding), recordInTrail: true);
        Refused(BiddingRules.Decide(scenario.Tender, bid, new WithdrawBid("T-1", "B-1"), Actors.Centre, Clock.Bidding), recordInTrail: true);
        Accepted<BidWithdrawn>(BiddingRules.Decide(scenario.Tender, bid, new WithdrawBid("T-1", "B-1"), Actors.Bidder("B-1"), Clock.Bidding));
    }

    [Fact]
    public void only_the_centre_records_deposits_so_the_tenderer_never_learns_who_bids()
    {
        var scenario = new TenderScenario().Entered().Noticed();
        var command = new PayDeposit("T-1", "B-1", DepositMethod.ElectronicGuarantee, 20_000m, "BH-1", "担保公司", null, null);

        Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), command, Actors.Tenderer, Clock.Bidding), recordInTrail: true);
        Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), command, Actors.Bidder("B-1"), Clock.Bidding), recordInTrail: true);
        Accepted<DepositPaid>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), command, Actors.Centre, Clock.Bidding));
    }

    [Fact]
    public void an_expert_records_only_its_own_scores()
    {
        var tender = TenderScenario.OpenedWithPanel().Tender;
        var command = new RecordExpertScore("T-1", "E-1", "B-1", 88m, 30);

        Accepted<ExpertScoreRecorded>(BiddingRules.Decide(tender, command, Actors.Expert("E-1"), Clock.Evaluation));
        Refused(BiddingRules.Decide(tender, command, Actors.Expert("E-2"), Clock.Evaluation), recordInTrail: true);
        Refused(BiddingRules.Decide(tender, command, Actors.Centre, Clock.Evaluation), recordInTrail: true);
    }

    [Fact]
    public void an_objection_is_answered_by_the_tender_side_and_a_complaint_by_the_supervisor()
    {
        var scenario = TenderScenario.Published().Objected("O-1").Objected("C-1", ObjectionKind.Complaint);
        var tender = scenario.Tender;

        Accepted<ObjectionAnswered>(BiddingRules.Decide(tender, new AnswerObjection("T-1", "O-1", false, "无误"), Actors.Agent, Clock.PublicityEnd));
        Refused(BiddingRules.Decide(tender, new AnswerObjection("T-1", "O-1", false, "无误"), Actors.Supervisor, Clock.PublicityEnd), recordInTrail: true);
        Accepted<ObjectionAnswered>(BiddingRules.Decide(tender, new AnswerObjection("T-1", "C-1", true, "投诉成立"), Actors.Supervisor, Clock.PublicityEnd));
        var reason = Refused(BiddingRules.Decide(tender, new AnswerObjection("T-1", "C-1", false, "驳回"), Actors.Tenderer, Clock.PublicityEnd), recordInTrail: true);
        Assert.EndsWith("only the supervisory department may", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void a_bidder_files_objections_in_its_own_name()
    {
        var tender = TenderScenario.Published().Tender;

        Accepted<ObjectionFiled>(BiddingRules.Decide(tender, new FileObjection("T-1", "O-1", ObjectionKind.Objection, "B-2", "评分有误"), Actors.Bidder("B-2"), Clock.Publication));
        Refused(BiddingRules.Decide(tender, new FileObjection("T-1", "O-1", ObjectionKind.Objection, "B-3", "评分有误"), Actors.Bidder("B-2"), Clock.Publication), recordInTrail: true);
        Accepted<ObjectionFiled>(BiddingRules.Decide(tender, new FileObjection("T-1", "O-1", ObjectionKind.Complaint, "B-3", "书面投诉"), Actors.Centre, Clock.Publication));
    }

    private static Actor Actor(string who) => who switch
    {
        "centre" => Actors.Centre,
        "tenderer" => Actors.Tenderer,
        "agent" => Actors.Agent,
        "other tenderer" => Actors.OtherTenderer,
        "bidder" => Actors.Bidder("B-1"),
        "expert" => Actors.Expert("E-1"),
        "supervisor" => Actors.Supervisor,
        "agent of another" => new("P-A99", null, "91620100MA7AGENT99", Role.TenderAgent),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };
}
