using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using static Ledger.Tests.Bidding.Decisions;

namespace Ledger.Tests.Bidding;

public sealed class an_award_waits_for_the_publicity_and_the_objections
{
    [Fact]
    public void an_award_at_the_end_of_the_publicity_is_accepted_at_the_revealed_price()
    {
        var tender = TenderScenario.Published().Tender;

        var award = Accepted<AwardNotified>(BiddingRules.Decide(tender, new NotifyAward("T-1", "B-1"), Actors.Tenderer, Clock.PublicityEnd));

        Assert.Equal("B-1", award.WinnerId);
        Assert.Equal(900_000m, award.Price);
    }

    [Fact]
    public void an_award_one_microsecond_before_the_publicity_ends_is_refused()
    {
        var tender = TenderScenario.Published().Tender;

        var reason = Refused(BiddingRules.Decide(tender, new NotifyAward("T-1", "B-1"), Actors.Tenderer, Clock.PublicityEnd - Clock.Microsecond));

        Assert.Equal("award of tender T-1 at 2026-12-24T01:29:59.999999Z is before the candidate publicity ends at 2026-12-24T01:30:00.000000Z", reason);
    }

    [Fact]
    public void no_award_before_the_candidates_are_published()
    {
        var tender = TenderScenario.OpenedWithPanel().Reported("B-1").Tender;

        Assert.Equal("the candidates of tender T-1 are not published: no award before the publicity",
            Refused(BiddingRules.Decide(tender, new NotifyAward("T-1", "B-1"), Actors.Tenderer, Clock.Contract)));
    }

    [Fact]
    public void no_award_while_an_objection_is_unanswered()
    {
        var scenario = TenderScenario.Published().Objected("O-1").Objected("C-1", ObjectionKind.Complaint, by: "B-3");

        Assert.Equal("tender T-1 has unanswered objections O-1, C-1: no award until they are answered",
            Refused(BiddingRules.Decide(scenario.Tender, new NotifyAward("T-1", "B-1"), Actors.Tenderer, Clock.PublicityEnd)));
        scenario.Answered("O-1", Actors.Tenderer);
        Assert.Contains("unanswered objections C-1:", Refused(BiddingRules.Decide(scenario.Tender, new NotifyAward("T-1", "B-1"), Actors.Tenderer, Clock.PublicityEnd)), StringComparison.Ordinal);
        scenario.Answered("C-1", Actors.Supervisor);
        Accepted<AwardNotified>(BiddingRules.Decide(scenario.Tender, new NotifyAward("T-1", "B-1"), Actors.Tenderer, Clock.PublicityEnd));
    }

    [Fact]
    public void an_objection_is_answered_once_and_must_exist()
    {
        var scenario = TenderScenario.Published().Objected("O-1").Answered("O-1", Actors.Tenderer);

        Assert.Equal("objection O-1 on tender T-1 is already answered",
            Refused(BiddingRules.Decide(scenario.Tender, new AnswerObjection("T-1", "O-1", true, "再答"), Actors.Tenderer, Clock.PublicityEnd)));
        Assert.Equal("tender T-1 has no objection O-9",
            Refused(BiddingRules.Decide(scenario.Tender, new AnswerObjection("T-1", "O-9", true, "答"), Actors.Tenderer, Clock.PublicityEnd)));
    }

    [Fact]
    public void an_objection_id_is_used_once_and_objections_follow_the_notice()
    {
        var scenario = TenderScenario.Published().Objected("O-1");

        Assert.Equal("tender T-1 already has an objection O-1",
            Refused(BiddingRules.Decide(scenario.Tender, new FileObjection("T-1", "O-1", ObjectionKind.Objection, "B-3", "另一异议"), Actors.Bidder("B-3"), Clock.Publication)));
        Refused(BiddingRules.Decide(new TenderScenario().Entered().Tender, new FileObjection("T-1", "O-1", ObjectionKind.Objection, "B-3", "异议"), Actors.Bidder("B-3"), Clock.Entry));
    }

    [Fact]
    public void only_a_published_candidate_wins_and_only_once()
    {
        var scenario = TenderScenario.OpenedWithPanel().Reported("B-1", "B-2").Publicised();

        Assert.Equal("B-3 is not a published candidate of tender T-1",
            Refused(BiddingRules.Decide(scenario.Tender, new NotifyAward("T-1", "B-3"), Actors.Tenderer, Clock.PublicityEnd)));
        scenario.Awarded("B-2");
        Assert.Equal("tender T-1 is already awarded to B-2",
            Refused(BiddingRules.Decide(scenario.Tender, new NotifyAward("T-1", "B-1"), Actors.Tenderer, Clock.PublicityEnd)));
    }
}
