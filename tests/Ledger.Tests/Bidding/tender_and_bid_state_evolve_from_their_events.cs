using Ledger.Bidding;
using Ledger.Bidding.Events;

namespace Ledger.Tests.Bidding;

public sealed class tender_and_bid_state_evolve_from_their_events
{
    [Fact]
    public void a_tender_moves_through_its_phases()
    {
        var scenario = new TenderScenario();
        Assert.Equal(TenderPhase.None, scenario.Tender.Phase);
        Assert.Equal(TenderPhase.Entered, scenario.Entered().Tender.Phase);
        Assert.Equal(TenderPhase.NoticePublished, scenario.Noticed().Tender.Phase);
        scenario.Submitted("B-1", 900_000m).Submitted("B-2", 950_000m).Submitted("B-3", 980_000m);
        Assert.Equal(TenderPhase.NoticePublished, scenario.Tender.Phase);
        Assert.Equal(TenderPhase.Opened, scenario.Opened().Drawn("E-1").Tender.Phase);
        Assert.Equal(TenderPhase.Evaluated, scenario.Reported("B-1").Tender.Phase);
        Assert.Equal(TenderPhase.CandidatesPublished, scenario.Publicised().Tender.Phase);
        Assert.Equal(TenderPhase.Awarded, scenario.Awarded("B-1").Tender.Phase);
        Assert.Equal(TenderPhase.ContractSigned, scenario.Contracted().Tender.Phase);
    }

    [Fact]
    public void a_full_tender_holds_its_terms_panel_scores_candidates_objections_and_award()
    {
        var tender = TenderScenario.Full().Tender;

        Assert.Equal(("T-1", Actors.TendererId, Actors.AgentId), (tender.TenderId, tender.TendererId, tender.AgentId));
        Assert.Equal((TenderScenario.Ceiling, Clock.Deadline, Clock.Deadline, 20_000m, 3),
            (tender.CeilingPrice, tender.BidDeadline, tender.OpeningTime, tender.RequiredDeposit, tender.CandidatePublicityDays));
        Assert.Equal(["B-1", "B-2", "B-3"], tender.OpenedBids.Select(b => b.BidderId));
        Assert.Equal(890_000m, tender.Opened("B-1")!.Price);
        Assert.Null(tender.Opened("B-4"));
        Assert.Equal(["E-1", "E-2", "E-3"], tender.Panel);
        Assert.Equal(("E-1", "B-1", 92.5m), (tender.Scores[0].ExpertId, tender.Scores[0].BidderId, tender.Scores[0].Score));
        Assert.Equal(["B-1", "B-2"], tender.Candidates.Select(c => c.BidderId));
        Assert.Equal((Clock.Publication, Clock.PublicityEnd), (tender.PublicityStart!.Value, tender.PublicityEnd!.Value));
        Assert.Equal(new Objection("O-1", ObjectionKind.Objection, "B-2", Answered: true), Assert.Single(tender.Objections));
        Assert.Equal(("B-1", 890_000m), (tender.WinnerId, tender.AwardPrice!.Value));
    }

    [Fact]
    public void a_later_score_by_the_same_expert_for_the_same_bidder_replaces_the_earlier()
    {
        var tender = TenderScenario.OpenedWithPanel().Scored("E-1", "B-1", 70m).Scored("E-1", "B-2", 75m).Scored("E-1", "B-1", 72m).Tender;

        Assert.Equal([("B-2", 75m), ("B-1", 72m)], tender.Scores.Select(s => (s.BidderId, s.Score)));
    }

    [Fact]
    public void a_bid_holds_its_documents_deposit_and_standing_file()
    {
        var scenario = new TenderScenario().Entered().Noticed();
        Assert.Equal(("", "", BidStatus.NotSubmitted, 0m), (scenario.Bid("B-1").TenderId, scenario.Bid("B-1").BidderId, scenario.Bid("B-1").Status, scenario.Bid("B-1").Deposit));

        scenario.Obtained("B-1").Paid("B-1");
        var paid = scenario.Bid("B-1");
        Assert.Equal(("T-1", "B-1", TenderScenario.DocumentsHash, 20_000m, DepositMethod.VirtualSubAccount),
            (paid.TenderId, paid.BidderId, paid.DocumentsHash, paid.Deposit, paid.DepositMethod!.Value));

        scenario.Submitted("B-1", 900_000m);
        var submitted = scenario.Bid("B-1");
        Assert.Equal((BidStatus.Submitted, TenderScenario.Sha256("bid file of B-1"), 4_718_592L, 0),
            (submitted.Status, submitted.FileHash, submitted.FileSize, submitted.Amendments));
        Assert.True(PriceCommitment.Matches(submitted.PriceCommitment!, "T-1", "B-1", 900_000m, scenario.Reveal("B-1").Nonce));

        scenario.Amended("B-1", 880_000m);
        var amended = scenario.Bid("B-1");
        Assert.Equal((BidStatus.Submitted, TenderScenario.Sha256("amended bid file of B-1"), 1), (amended.Status, amended.FileHash, amended.Amendments));
        Assert.True(PriceCommitment.Matches(amended.PriceCommitment!, "T-1", "B-1", 880_000m, scenario.Reveal("B-1").Nonce));

        scenario.Withdrawn("B-1").Refunded("B-1", 0m);
        var withdrawn = scenario.Bid("B-1");
        Assert.Equal((BidStatus.Withdrawn, null, null, 0m, null), (withdrawn.Status, withdrawn.FileHash, withdrawn.PriceCommitment, withdrawn.Deposit, withdrawn.DepositMethod));
    }
}
