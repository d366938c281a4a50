using Ledger.Actions;
using Ledger.Bidding;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using Ledger.Projections.Views;
using Ledger.Tests.Bidding;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Views;

/// <summary>
/// The sample tender of <see cref="TenderScenario"/> recorded in a <see cref="ViewLedger"/> through the real commands, with
/// every modification a trail traces: B-1 amends, B-4 withdraws, E-1 scores B-1 twice, E-2 scores and is recused, and the
/// recused E-2's second score is refused and recorded in E-2's trail. It keeps what the trail must show, in order.
/// </summary>
internal sealed class SampleTender(ViewLedger ledger)
{
    public const string Id = TenderScenario.Id;

    private readonly Dictionary<string, PriceReveal> reveals = [];

    /// <summary>Each recorded event: its id (empty for the refusal, whose id the runner does not return), type, actor and time.</summary>
    public List<(Guid EventId, string Type, ActorRef Actor, DateTimeOffset Time)> Expected { get; } = [];

    /// <summary>Event ids by a name the tests use: "submitted B-1", "amended B-1", "score E-1 B-1 #2", …</summary>
    public Dictionary<string, Guid> Ids { get; } = [];

    public async Task<SampleTender> RecordAsync()
    {
        await StepAsync("entered", nameof(ProjectEntered), BiddingClock.Entry, Actors.Centre,
            () => ledger.TenderAsync(Id, new EnterProject(Id, "兰州新区纬一路道路工程", Actors.TendererId, Actors.AgentId), Actors.Centre, BiddingRules.Decide));
        await StepAsync("noticed", nameof(TenderNoticePublished), BiddingClock.Notice, Actors.Tenderer,
            () => ledger.TenderAsync(Id, TenderScenario.Notice(), Actors.Tenderer, BiddingRules.Decide));
        foreach (var (bidder, price) in new[] { ("B-1", 900_000m), ("B-2", 950_000m), ("B-3", 980_000m), ("B-4", 990_000m) })
        {
            await BidStepAsync($"obtained {bidder}", nameof(DocumentsObtained), bidder, Actors.Bidder(bidder),
                new ObtainDocuments(Id, bidder, TenderScenario.DocumentsHash), BiddingRules.Decide);
            await BidStepAsync($"paid {bidder}", nameof(DepositPaid), bidder, Actors.Centre,
                new PayDeposit(Id, bidder, DepositMethod.VirtualSubAccount, TenderScenario.Deposit, $"VA-{bidder}", "中国银行兰州分行", "6217000012345678", true),
                BiddingRules.Decide);
            await BidStepAsync($"submitted {bidder}", nameof(BidSubmitted), bidder, Actors.Bidder(bidder),
                TenderScenario.Submission(bidder, Seal(bidder, price)), BiddingRules.Decide);
        }
        var amendment = new AmendBid(Id, "B-1", TenderScenario.Sha256("amended bid file of B-1"), 5_000_000, "c2ln", "CA-0001", TenderScenario.Features, Seal("B-1", 890_000m));
        await BidStepAsync("amended B-1", nameof(BidAmended), "B-1", Actors.Bidder("B-1"), amendment, BiddingRules.Decide);
        await BidStepAsync("withdrawn B-4", nameof(BidWithdrawn), "B-4", Actors.Bidder("B-4"), new WithdrawBid(Id, "B-4"), BiddingRules.Decide);

        var standing = new[] { "B-1", "B-2", "B-3" }.Select(b => reveals[b]).ToList();
        await StepAsync("opened", nameof(BidsOpened), BiddingClock.Deadline, Actors.Centre,
            () => ledger.OpeningAsync(Id, new OpenBids(Id, standing, []), Actors.Centre, BiddingRules.Decide));
        await StepAsync("drawn", nameof(ExpertPanelDrawn), BiddingClock.Deadline, Actors.Tenderer,
            () => ledger.TenderAsync(Id, new DrawExpertPanel(Id, ["E-1", "E-2", "E-3"], []), Actors.Tenderer, BiddingRules.Decide));
        await ScoreAsync("score E-1 B-1 #1", "E-1", 92.5m);
        await ScoreAsync("score E-2 B-1", "E-2", 88m);
        await ScoreAsync("score E-1 B-1 #2", "E-1", 93m);
        await StepAsync("recused E-2", nameof(ExpertPanelDrawn), BiddingClock.Evaluation, Actors.Centre,
            () => ledger.TenderAsync(Id, new DrawExpertPanel(Id, [], [new ExpertAvoidance("E-2", "与投标人存在利害关系")]), Actors.Centre, BiddingRules.Decide));
        await ledger.RefusedAsync(Id, new RecordExpertScore(Id, "E-2", "B-2", 80m, 20), Actors.Expert("E-2"), BiddingRules.Decide);
        Expected.Add((Guid.Empty, "ActionRefused", ActorRef.Of(Actors.Expert("E-2")), BiddingClock.Evaluation));
        var ranking = new[] { new RankedCandidate(1, "B-1", 93m), new RankedCandidate(2, "B-2", 89m) };
        await StepAsync("reported", nameof(EvaluationReportSubmitted), BiddingClock.Evaluation, Actors.Agent,
            () => ledger.TenderAsync(Id, new SubmitEvaluationReport(Id, TenderScenario.Sha256("评标报告"), ranking), Actors.Agent, BiddingRules.Decide));
        await StepAsync("publicised", nameof(CandidatesPublished), BiddingClock.Publication, Actors.Agent,
            () => ledger.TenderAsync(Id, new PublishCandidates(Id, BiddingClock.PublicityEnd), Actors.Agent, BiddingRules.Decide));
        return this;
    }

    private Task ScoreAsync(string name, string expert, decimal score) =>
        StepAsync(name, nameof(ExpertScoreRecorded), BiddingClock.Evaluation, Actors.Expert(expert),
            () => ledger.TenderAsync(Id, new RecordExpertScore(Id, expert, "B-1", score, 25), Actors.Expert(expert), BiddingRules.Decide));

    private Task BidStepAsync<TCommand>(string name, string type, string bidder, Actor actor, TCommand command, Func<Tender, Bid, TCommand, Actor, DateTimeOffset, Decision> decide) =>
        StepAsync(name, type, BiddingClock.Bidding, actor, () => ledger.BidAsync(Id, bidder, command, actor, decide));

    private async Task StepAsync(string name, string type, DateTimeOffset at, Actor actor, Func<Task<IReadOnlyList<Guid>>> run)
    {
        ledger.Clock.SetUtcNow(at);
        var id = Assert.Single(await run());
        Ids[name] = id;
        Expected.Add((id, type, ActorRef.Of(actor), at));
    }

    private string Seal(string bidder, decimal price)
    {
        var reveal = new PriceReveal(bidder, price, PriceCommitment.NewNonce());
        reveals[bidder] = reveal;
        return PriceCommitment.Compute(Id, bidder, price, reveal.Nonce);
    }
}
