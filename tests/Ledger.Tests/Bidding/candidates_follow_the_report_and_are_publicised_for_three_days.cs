using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using static Ledger.Tests.Bidding.Decisions;

namespace Ledger.Tests.Bidding;

public sealed class candidates_follow_the_report_and_are_publicised_for_three_days
{
    private static readonly string ReportHash = TenderScenario.Sha256("评标报告");

    [Fact]
    public void no_candidates_before_the_evaluation_report()
    {
        var tender = TenderScenario.OpenedWithPanel().Tender;

        Assert.Equal("tender T-1 has no evaluation report: no candidates before it",
            Refused(BiddingRules.Decide(tender, new PublishCandidates("T-1", Clock.PublicityEnd), Actors.Agent, Clock.Publication)));
    }

    [Fact]
    public void a_publicity_of_exactly_the_notices_days_is_accepted_and_starts_now()
    {
        var tender = TenderScenario.OpenedWithPanel().Reported("B-2", "B-1").Tender;

        var published = Accepted<CandidatesPublished>(
            BiddingRules.Decide(tender, new PublishCandidates("T-1", Clock.Publication.AddDays(3)), Actors.Agent, Clock.Publication));

        Assert.Equal(Clock.Publication, published.PublicityStart);
        Assert.Equal(["B-2", "B-1"], published.Candidates.Select(c => c.BidderId));
    }

    [Fact]
    public void a_publicity_one_microsecond_short_is_refused()
    {
        var tender = TenderScenario.OpenedWithPanel().Reported("B-1").Tender;
        var end = Clock.Publication.AddDays(3) - Clock.Microsecond;

        var reason = Refused(BiddingRules.Decide(tender, new PublishCandidates("T-1", end), Actors.Agent, Clock.Publication));

        Assert.Equal("publicity of tender T-1 from 2026-12-21T01:30:00.000000Z to 2026-12-24T01:29:59.999999Z is shorter than 3 days, which end at 2026-12-24T01:30:00.000000Z", reason);
    }

    [Fact]
    public void a_longer_publicity_set_in_the_notice_is_kept()
    {
        var scenario = new TenderScenario().Entered().Noticed(publicityDays: 5)
            .Submitted("B-1", 900_000m).Submitted("B-2", 950_000m).Submitted("B-3", 980_000m).Opened().Drawn("E-1").Reported("B-1");

        Refused(BiddingRules.Decide(scenario.Tender, new PublishCandidates("T-1", Clock.Publication.AddDays(4)), Actors.Agent, Clock.Publication));
        Accepted<CandidatesPublished>(BiddingRules.Decide(scenario.Tender, new PublishCandidates("T-1", Clock.Publication.AddDays(5)), Actors.Agent, Clock.Publication));
    }

    [Fact]
    public void no_evaluation_report_before_opening_or_without_a_panel()
    {
        var notOpened = new TenderScenario().Entered().Noticed().Drawn("E-1").Tender;
        Assert.Equal("the bids of tender T-1 are not opened yet: no evaluation report before opening", Refused(Report(notOpened, Ranked("B-1"))));

        var noPanel = new TenderScenario().Entered().Noticed()
            .Submitted("B-1", 900_000m).Submitted("B-2", 950_000m).Submitted("B-3", 980_000m).Opened().Tender;
        Assert.Equal("tender T-1 has no expert panel to report", Refused(Report(noPanel, Ranked("B-1"))));
    }

    [Fact]
    public void a_report_ranks_one_to_three_read_bids_in_order()
    {
        var tender = TenderScenario.OpenedWithPanel().Submitted("B-4", 1m).Tender;

        Accepted<EvaluationReportSubmitted>(Report(tender, Ranked("B-3", "B-1", "B-2")));
        Assert.Contains("ranks 4 candidates, not 1 to 3", Refused(Report(tender, Ranked("B-1", "B-2", "B-3", "B-4"))), StringComparison.Ordinal);
        Assert.Contains("ranks 0 candidates", Refused(Report(tender, [])), StringComparison.Ordinal);
        Assert.Equal("candidate B-2 of tender T-1 is ranked 3 in place 2: list candidates by rank from 1",
            Refused(Report(tender, [new RankedCandidate(1, "B-1", 90m), new RankedCandidate(3, "B-2", 80m)])));
        Assert.Contains("B-1 is ranked 2 times", Refused(Report(tender, Ranked("B-1", "B-1"))), StringComparison.Ordinal);
        Assert.Equal("candidate B-4 of tender T-1 has no bid read at the opening (not opened)", Refused(Report(tender, Ranked("B-4"))));
    }

    [Fact]
    public void a_bid_rejected_at_opening_is_no_candidate()
    {
        var tender = new TenderScenario().Entered().Noticed()
            .Submitted("B-1", 900_000m).Submitted("B-2", 1_500_000m).Submitted("B-3", 980_000m).Opened().Drawn("E-1").Tender;

        Assert.Equal("candidate B-2 of tender T-1 has no bid read at the opening (OverCeiling)", Refused(Report(tender, Ranked("B-2"))));
    }

    [Fact]
    public void a_report_needs_a_sha256_of_the_document_and_comes_once()
    {
        var scenario = TenderScenario.OpenedWithPanel();

        Refused(BiddingRules.Decide(scenario.Tender, new SubmitEvaluationReport("T-1", "报告", Ranked("B-1")), Actors.Agent, Clock.Evaluation));
        scenario.Reported("B-1");
        Assert.Equal("tender T-1 already has an evaluation report", Refused(Report(scenario.Tender, Ranked("B-1"))));
    }

    private static List<RankedCandidate> Ranked(params string[] bidders) => bidders.Select((b, i) => new RankedCandidate(i + 1, b, null)).ToList();

    private static Ledger.Actions.Decision Report(Ledger.Bidding.Tender tender, List<RankedCandidate> candidates) =>
        BiddingRules.Decide(tender, new SubmitEvaluationReport("T-1", ReportHash, candidates), Actors.Agent, Clock.Evaluation);
}
