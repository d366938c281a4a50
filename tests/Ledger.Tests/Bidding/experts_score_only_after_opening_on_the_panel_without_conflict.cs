using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using static Ledger.Tests.Bidding.Decisions;

namespace Ledger.Tests.Bidding;

public sealed class experts_score_only_after_opening_on_the_panel_without_conflict
{
    [Fact]
    public void no_score_before_opening()
    {
        var scenario = new TenderScenario().Entered().Noticed()
            .Submitted("B-1", 900_000m).Submitted("B-2", 950_000m).Submitted("B-3", 980_000m).Drawn("E-1");

        var reason = Refused(BiddingRules.Decide(scenario.Tender, Score("E-1", "B-1", 80m), Actors.Expert("E-1"), Clock.Evaluation));

        Assert.Equal("the bids of tender T-1 are not opened yet: no score before opening", reason);
        scenario.Opened();
        Accepted<ExpertScoreRecorded>(BiddingRules.Decide(scenario.Tender, Score("E-1", "B-1", 80m), Actors.Expert("E-1"), Clock.Evaluation));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("73.25")]
    public void a_score_from_0_to_100_is_accepted_with_the_minutes_spent(string score)
    {
        var tender = TenderScenario.OpenedWithPanel().Tender;

        var recorded = Accepted<ExpertScoreRecorded>(BiddingRules.Decide(tender, Score("E-2", "B-3", decimal.Parse(score)) with { MinutesSpent = 0 }, Actors.Expert("E-2"), Clock.Evaluation));

        Assert.Equal(decimal.Parse(score), recorded.Score);
        Assert.Equal(0, recorded.MinutesSpent);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void a_score_outside_0_to_100_is_refused(string score)
    {
        var tender = TenderScenario.OpenedWithPanel().Tender;

        var reason = Refused(BiddingRules.Decide(tender, Score("E-2", "B-3", decimal.Parse(score)), Actors.Expert("E-2"), Clock.Evaluation));

        Assert.Equal($"score {score} of expert E-2 for B-3 is outside 0..100", reason);
    }

    [Fact]
    public void negative_minutes_are_refused()
    {
        var tender = TenderScenario.OpenedWithPanel().Tender;

        Refused(BiddingRules.Decide(tender, Score("E-2", "B-3", 80m) with { MinutesSpent = -1 }, Actors.Expert("E-2"), Clock.Evaluation));
    }

    [Fact]
    public void a_recused_expert_cannot_score_and_the_attempt_is_recorded()
    {
        var tender = TenderScenario.OpenedWithPanel().Recused("E-7", "近三年曾在投标人B-2任职").Tender;

        var reason = Refused(BiddingRules.Decide(tender, Score("E-7", "B-1", 90m), Actors.Expert("E-7"), Clock.Evaluation), recordInTrail: true);

        Assert.Equal("expert E-7 was recused from tender T-1 (近三年曾在投标人B-2任职) and cannot score", reason);
    }

    [Fact]
    public void an_expert_off_the_panel_cannot_score()
    {
        var tender = TenderScenario.OpenedWithPanel().Tender;

        Assert.Equal("expert E-9 does not sit on the panel of tender T-1",
            Refused(BiddingRules.Decide(tender, Score("E-9", "B-1", 90m), Actors.Expert("E-9"), Clock.Evaluation), recordInTrail: true));
    }

    [Fact]
    public void a_bid_not_read_at_opening_is_not_scored()
    {
        var scenario = new TenderScenario().Entered().Noticed()
            .Submitted("B-1", 900_000m).Submitted("B-2", 1_500_000m).Submitted("B-3", 980_000m).Opened().Drawn("E-1");

        Assert.Equal("B-2 has no bid read at the opening of tender T-1 to score",
            Refused(BiddingRules.Decide(scenario.Tender, Score("E-1", "B-2", 60m), Actors.Expert("E-1"), Clock.Evaluation)));
        Refused(BiddingRules.Decide(scenario.Tender, Score("E-1", "B-9", 60m), Actors.Expert("E-1"), Clock.Evaluation));
    }

    [Fact]
    public void scores_close_with_the_evaluation_report()
    {
        var tender = TenderScenario.OpenedWithPanel().Reported("B-1").Tender;

        Assert.Equal("the evaluation report of tender T-1 is in: scores are closed",
            Refused(BiddingRules.Decide(tender, Score("E-1", "B-1", 90m), Actors.Expert("E-1"), Clock.Evaluation)));
    }

    [Fact]
    public void a_panel_is_drawn_after_the_notice_and_until_the_report()
    {
        var entered = new TenderScenario().Entered();
        Assert.Contains("no expert panel before the notice", Refused(Draw(entered, ["E-1"], [])), StringComparison.Ordinal);
        Accepted<ExpertPanelDrawn>(Draw(entered.Noticed(), ["E-1"], []));
        Accepted<ExpertPanelDrawn>(Draw(TenderScenario.OpenedWithPanel(), ["E-4"], []));
        Assert.Equal("the evaluation report of tender T-1 is in: no more experts are drawn", Refused(Draw(TenderScenario.OpenedWithPanel().Reported("B-1"), ["E-4"], [])));
    }

    [Fact]
    public void a_draw_names_each_expert_once_and_never_reseats_a_recused_one()
    {
        var scenario = TenderScenario.OpenedWithPanel();

        Assert.Equal("expert E-4 is named 2 times in the draw for tender T-1", Refused(Draw(scenario, ["E-4"], [new ExpertAvoidance("E-4", "亲属")])));
        Assert.Equal("expert E-1 already sits on the panel of tender T-1", Refused(Draw(scenario, ["E-1"], [])));
        Assert.Equal("the draw for tender T-1 names no expert", Refused(Draw(scenario, [], [])));
        Refused(Draw(scenario, [], [new ExpertAvoidance("E-5", " ")]));
        Assert.Equal("expert E-5 was recused from tender T-1 (亲属) and cannot sit on its panel", Refused(Draw(scenario.Recused("E-5", "亲属"), ["E-5"], [])));
    }

    [Fact]
    public void recusing_a_seated_expert_voids_its_scores()
    {
        var scenario = TenderScenario.OpenedWithPanel().Scored("E-1", "B-1", 95m).Scored("E-2", "B-1", 80m);
        var replacement = Accepted<ExpertPanelDrawn>(Draw(scenario, ["E-4"], [new ExpertAvoidance("E-1", "评标中发现与B-1存在利害关系")]));

        var tender = Ledger.Bidding.Tender.Replay([.. scenario.TenderEvents, replacement]);

        Assert.Equal(["E-2", "E-3", "E-4"], tender.Panel);
        Assert.Equal("E-2", Assert.Single(tender.Scores).ExpertId);
        Refused(BiddingRules.Decide(tender, Score("E-1", "B-1", 95m), Actors.Expert("E-1"), Clock.Evaluation), recordInTrail: true);
    }

    private static RecordExpertScore Score(string expert, string bidder, decimal score) => new("T-1", expert, bidder, score, 40);

    private static Ledger.Actions.Decision Draw(TenderScenario scenario, string[] experts, ExpertAvoidance[] avoidances) =>
        BiddingRules.Decide(scenario.Tender, new DrawExpertPanel("T-1", experts, avoidances), Actors.Centre, Clock.Evaluation);
}
