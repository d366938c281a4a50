using System.Security.Cryptography;
using System.Text;
using Ledger.Actions;
using Ledger.Bidding;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;

namespace Ledger.Tests.Bidding;

/// <summary>
/// Drives the sample tender through the real decisions, step by step, keeping the tender stream and each bid
/// stream as the store would; a step the rules refuse fails the test that set it up.
/// </summary>
internal sealed class TenderScenario
{
    public const string Id = "T-1";
    public const decimal Ceiling = 1_000_000m;
    public const decimal Deposit = 20_000m;
    public static readonly string DocumentsHash = Sha256("招标文件 T-1");
    public static readonly FeatureCodes Features = new("00-1A-2B-3C-4D-5E", "BFEBFBFF000906EA", "WD-WCC4N1234567", "GLD-12345678", "10.0.0.8", "GCCP6.0");

    private readonly List<object> tenderEvents = [];
    private readonly Dictionary<string, List<object>> bidEvents = [];
    private readonly Dictionary<string, PriceReveal> reveals = [];

    public IReadOnlyList<object> TenderEvents => tenderEvents;

    public Tender Tender => Tender.Replay(tenderEvents);

    public IReadOnlyList<Bid> Bids => bidEvents.Keys.Select(Bid).ToList();

    /// <summary>Reveals of every bid submitted or amended, its latest price and nonce.</summary>
    public IReadOnlyList<PriceReveal> Reveals => reveals.Values.ToList();

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static PublishTenderNotice Notice(decimal? deposit = Deposit, int publicityDays = 3) =>
        new(Id, Ceiling, Clock.Deadline, Clock.Deadline, DocumentsHash, deposit, publicityDays);

    public static SubmitBid Submission(string bidder, string commitment) =>
        new(Id, bidder, Sha256($"bid file of {bidder}"), 4_718_592, Convert.ToBase64String(Encoding.UTF8.GetBytes($"sig {bidder}")), "CA-0001", Features, commitment);

    /// <summary>A sample tender with three bids (B-1 at 900,000, B-2 at 950,000, B-3 at 980,000), opened, and a panel of three.</summary>
    public static TenderScenario OpenedWithPanel() =>
        new TenderScenario().Entered().Noticed()
            .Submitted("B-1", 900_000m).Submitted("B-2", 950_000m).Submitted("B-3", 980_000m)
            .Opened().Drawn("E-1", "E-2", "E-3");

    /// <summary><see cref="OpenedWithPanel"/> with a report ranking B-1, B-2, B-3, published.</summary>
    public static TenderScenario Published() => OpenedWithPanel().Reported("B-1", "B-2", "B-3").Publicised();

    /// <summary>
    /// A tender from entry to contract that records every bidding event at least once: B-1 amends, B-4 withdraws
    /// and is refunded, B-2 objects and is answered, B-1 wins and is refunded after the contract.
    /// </summary>
    public static TenderScenario Full() =>
        new TenderScenario().Entered().Noticed()
            .Submitted("B-1", 900_000m).Amended("B-1", 890_000m)
            .Submitted("B-2", 950_000m).Submitted("B-3", 980_000m)
            .Submitted("B-4", 990_000m).Withdrawn("B-4").Refunded("B-4", 0m)
            .Opened().Drawn("E-1", "E-2", "E-3").Scored("E-1", "B-1", 92.5m)
            .Reported("B-1", "B-2").Publicised().Objected("O-1").Answered("O-1", Actors.Tenderer)
            .Awarded("B-1").Contracted().Refunded("B-1", 12.34m);

    public Bid Bid(string bidder) => Ledger.Bidding.Bid.Replay(bidEvents.TryGetValue(bidder, out var events) ? events : []);

    public IReadOnlyList<object> BidEvents(string bidder) => bidEvents[bidder];

    public PriceReveal Reveal(string bidder) => reveals[bidder];

    public TenderScenario Entered() =>
        OnTender(BiddingRules.Decide(Tender, new EnterProject(Id, "兰州新区纬一路道路工程", Actors.TendererId, Actors.AgentId), Actors.Centre, Clock.Entry));

    public TenderScenario Noticed(decimal? deposit = Deposit, int publicityDays = 3) =>
        OnTender(BiddingRules.Decide(Tender, Notice(deposit, publicityDays), Actors.Tenderer, Clock.Notice));

    public TenderScenario Obtained(string bidder) =>
        OnBid(bidder, BiddingRules.Decide(Tender, Bid(bidder), new ObtainDocuments(Id, bidder, DocumentsHash), Actors.Bidder(bidder), Clock.Bidding));

    public TenderScenario Paid(string bidder, decimal amount = Deposit, DepositMethod method = DepositMethod.VirtualSubAccount)
    {
        var transfer = method == DepositMethod.VirtualSubAccount;
        var command = new PayDeposit(
            Id, bidder, method, amount, $"VA-{bidder}", "中国银行兰州分行", transfer ? "6217000012345678" : null, transfer ? true : null);
        return OnBid(bidder, BiddingRules.Decide(Tender, Bid(bidder), command, Actors.Centre, Clock.Bidding));
    }

    /// <summary>Obtains the documents and lodges the deposit where still needed, then submits a sealed bid at <paramref name="price"/>.</summary>
    public TenderScenario Submitted(string bidder, decimal price)
    {
        if (Bid(bidder).DocumentsHash is null)
        {
            Obtained(bidder);
        }
        if (Tender.RequiredDeposit is { } required && Bid(bidder).Deposit < required)
        {
            Paid(bidder, required);
        }
        var commitment = Seal(bidder, price);
        return OnBid(bidder, BiddingRules.Decide(Tender, Bid(bidder), Submission(bidder, commitment), Actors.Bidder(bidder), Clock.Bidding));
    }

    public TenderScenario Amended(string bidder, decimal price)
    {
        var commitment = Seal(bidder, price);
        var command = new AmendBid(Id, bidder, Sha256($"amended bid file of {bidder}"), 5_000_000, "c2ln", "CA-0001", Features, commitment);
        return OnBid(bidder, BiddingRules.Decide(Tender, Bid(bidder), command, Actors.Bidder(bidder), Clock.Bidding));
    }

    public TenderScenario Withdrawn(string bidder) =>
        OnBid(bidder, BiddingRules.Decide(Tender, Bid(bidder), new WithdrawBid(Id, bidder), Actors.Bidder(bidder), Clock.Bidding));

    public TenderScenario Opened()
    {
        var standing = Bids.Where(b => b.Status == BidStatus.Submitted).Select(b => reveals[b.BidderId]).ToList();
        return OnTender(BiddingRules.Decide(Tender, Bids, new OpenBids(Id, standing, []), Actors.Centre, Clock.Deadline));
    }

    public TenderScenario Drawn(params string[] experts) =>
        OnTender(BiddingRules.Decide(Tender, new DrawExpertPanel(Id, experts, []), Actors.Tenderer, Clock.Deadline));

    /// <summary>A draw that only records 回避: <paramref name="expert"/> excluded, or removed from the panel.</summary>
    public TenderScenario Recused(string expert, string reason) =>
        OnTender(BiddingRules.Decide(Tender, new DrawExpertPanel(Id, [], [new ExpertAvoidance(expert, reason)]), Actors.Centre, Clock.Evaluation));

    public TenderScenario Scored(string expert, string bidder, decimal score) =>
        OnTender(BiddingRules.Decide(Tender, new RecordExpertScore(Id, expert, bidder, score, 25), Actors.Expert(expert), Clock.Evaluation));

    public TenderScenario Reported(params string[] ranking)
    {
        var candidates = ranking.Select((bidder, i) => new RankedCandidate(i + 1, bidder, 90m - i)).ToList();
        return OnTender(BiddingRules.Decide(Tender, new SubmitEvaluationReport(Id, Sha256("评标报告"), candidates), Actors.Agent, Clock.Evaluation));
    }

    public TenderScenario Publicised() =>
        OnTender(BiddingRules.Decide(Tender, new PublishCandidates(Id, Clock.PublicityEnd), Actors.Agent, Clock.Publication));

    public TenderScenario Objected(string objectionId, ObjectionKind kind = ObjectionKind.Objection, string by = "B-2") =>
        OnTender(BiddingRules.Decide(Tender, new FileObjection(Id, objectionId, kind, by, "评分有误"), Actors.Bidder(by), Clock.Publication.AddDays(1)));

    public TenderScenario Answered(string objectionId, Actor by) =>
        OnTender(BiddingRules.Decide(Tender, new AnswerObjection(Id, objectionId, false, "经复核评分无误"), by, Clock.Publication.AddDays(2)));

    public TenderScenario Awarded(string winner) =>
        OnTender(BiddingRules.Decide(Tender, new NotifyAward(Id, winner), Actors.Tenderer, Clock.PublicityEnd));

    public TenderScenario Contracted()
    {
        var tender = Tender;
        var command = new SignContract(Id, tender.WinnerId!, tender.AwardPrice!.Value, Sha256("合同"));
        return OnTender(BiddingRules.Decide(tender, command, Actors.Tenderer, Clock.Contract));
    }

    public TenderScenario Refunded(string bidder, decimal interest) =>
        OnBid(bidder, BiddingRules.Decide(Tender, Bid(bidder), new RefundDeposit(Id, bidder, interest), Actors.Centre, Clock.Contract.AddDays(1)));

    private string Seal(string bidder, decimal price)
    {
        var reveal = new PriceReveal(bidder, price, PriceCommitment.NewNonce());
        reveals[bidder] = reveal;
        return PriceCommitment.Compute(Id, bidder, price, reveal.Nonce);
    }

    private TenderScenario OnTender(Decision decision)
    {
        tenderEvents.AddRange(Accepted(decision));
        return this;
    }

    private TenderScenario OnBid(string bidder, Decision decision)
    {
        var events = Accepted(decision);
        if (!bidEvents.TryGetValue(bidder, out var stream))
        {
            bidEvents[bidder] = stream = [];
        }
        stream.AddRange(events);
        return this;
    }

    private static IReadOnlyList<object> Accepted(Decision decision) =>
        decision.IsAccepted ? decision.Events : throw new InvalidOperationException($"the scenario's step was refused: {decision.Refusal}");
}
