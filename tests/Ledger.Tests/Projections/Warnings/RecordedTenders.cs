using Ledger.Bidding;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using Ledger.Tests.Bidding;
using Ledger.Tests.Projections.Views;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Warnings;

/// <summary>
/// Tenders recorded in a <see cref="ViewLedger"/> through the real commands, phase by phase for all of them (the ledger's
/// clock only moves forward): entry, notice with a deposit, then each bidder obtains the documents, pays its deposit from
/// its account and submits a sealed bid; opening reads every price. Keeps the event ids the tests name.
/// </summary>
internal sealed class RecordedTenders(ViewLedger ledger)
{
    private readonly Dictionary<(string Tender, string Bidder), PriceReveal> reveals = [];

    /// <summary>Event ids: "submitted T/B", "paid T/B", "opened T", "score T/E/B".</summary>
    public Dictionary<string, Guid> Ids { get; } = [];

    public async Task<RecordedTenders> BidAsync(params (string TenderId, PlannedBid[] Bids)[] tenders)
    {
        ledger.Clock.SetUtcNow(BiddingClock.Entry);
        foreach (var (id, _) in tenders)
        {
            await ledger.TenderAsync(id, new EnterProject(id, $"工程 {id}", Actors.TendererId, Actors.AgentId), Actors.Centre, BiddingRules.Decide);
        }
        ledger.Clock.SetUtcNow(BiddingClock.Notice);
        foreach (var (id, _) in tenders)
        {
            var notice = new PublishTenderNotice(id, TenderScenario.Ceiling, BiddingClock.Deadline, BiddingClock.Deadline, TenderScenario.DocumentsHash, TenderScenario.Deposit, 3);
            await ledger.TenderAsync(id, notice, Actors.Tenderer, BiddingRules.Decide);
        }
        ledger.Clock.SetUtcNow(BiddingClock.Bidding);
        foreach (var (id, bids) in tenders)
        {
            foreach (var bid in bids)
            {
                await SubmitAsync(id, bid);
            }
        }
        return this;
    }

    /// <summary>One more bid for a tender <see cref="BidAsync"/> recorded, before its deadline.</summary>
    public async Task<RecordedTenders> AddBidAsync(string tenderId, PlannedBid bid)
    {
        ledger.Clock.SetUtcNow(BiddingClock.Bidding);
        await SubmitAsync(tenderId, bid);
        return this;
    }

    /// <summary>Opens the tenders at their deadline, reading every submitted price.</summary>
    public async Task<RecordedTenders> OpenAsync(params string[] tenderIds)
    {
        ledger.Clock.SetUtcNow(BiddingClock.Deadline);
        foreach (var id in tenderIds)
        {
            var standing = reveals.Where(r => r.Key.Tender == id).Select(r => r.Value).ToList();
            Ids[$"opened {id}"] = Assert.Single(await ledger.OpeningAsync(id, new OpenBids(id, standing, []), Actors.Centre, BiddingRules.Decide));
        }
        return this;
    }

    /// <summary>Seats a panel on an opened tender.</summary>
    public async Task DrawAsync(string tenderId, params string[] experts)
    {
        ledger.Clock.SetUtcNow(BiddingClock.Deadline);
        await ledger.TenderAsync(tenderId, new DrawExpertPanel(tenderId, experts, []), Actors.Tenderer, BiddingRules.Decide);
    }

    public async Task ScoreAsync(string tenderId, string expert, string bidder, decimal score)
    {
        ledger.Clock.SetUtcNow(BiddingClock.Evaluation);
        Ids[$"score {tenderId}/{expert}/{bidder}"] = Assert.Single(await ledger.TenderAsync(
            tenderId, new RecordExpertScore(tenderId, expert, bidder, score, 30), Actors.Expert(expert), BiddingRules.Decide));
    }

    private async Task SubmitAsync(string tenderId, PlannedBid bid)
    {
        var bidder = bid.FiledBy is { } person ? Actors.Bidder(bid.BidderId) with { PersonId = person } : Actors.Bidder(bid.BidderId);
        await ledger.BidAsync(tenderId, bid.BidderId, new ObtainDocuments(tenderId, bid.BidderId, TenderScenario.DocumentsHash), bidder, BiddingRules.Decide);
        var deposit = new PayDeposit(tenderId, bid.BidderId, DepositMethod.VirtualSubAccount, TenderScenario.Deposit, $"VA-{tenderId}-{bid.BidderId}", "中国银行兰州分行", bid.Account, true);
        Ids[$"paid {tenderId}/{bid.BidderId}"] = Assert.Single(await ledger.BidAsync(tenderId, bid.BidderId, deposit, Actors.Centre, BiddingRules.Decide));
        var reveal = new PriceReveal(bid.BidderId, bid.Price, PriceCommitment.NewNonce());
        reveals[(tenderId, bid.BidderId)] = reveal;
        var submission = new SubmitBid(
            tenderId, bid.BidderId, TenderScenario.Sha256($"bid file of {bid.BidderId} for {tenderId}"), 4_718_592, Convert.ToBase64String("sig"u8),
            "CA-0001", bid.Features, PriceCommitment.Compute(tenderId, bid.BidderId, bid.Price, reveal.Nonce), bid.Manager, bid.Contact);
        Ids[$"submitted {tenderId}/{bid.BidderId}"] = Assert.Single(await ledger.BidAsync(tenderId, bid.BidderId, submission, bidder, BiddingRules.Decide));
    }
}
