using Ledger.Api.Commands;
using Ledger.Api.Identity;
using Ledger.Bidding;
using Ledger.Bidding.Commands;
using Ledger.Store.Commands;

namespace Ledger.Api.Bidding;

/// <summary>招标投标: one endpoint per command, against the tender stream and, for bids, the bidder's own stream.</summary>
public static class BiddingEndpoints
{
    public static void MapBidding(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/bidding").RequireAuthorization(LedgerPolicies.Bidding);
        group.MapCommand<EnterProject>("enter-project", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, r.Now));
        group.MapCommand<PublishTenderNotice>("publish-tender-notice", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, r.Now));
        group.MapCommand<ObtainDocuments>("obtain-documents", c => BiddingStreams.BidStream(c.TenderId, c.BidderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), await BidAsync(r, c.TenderId, c.BidderId), c, a, r.Now));
        group.MapCommand<PayDeposit>("pay-deposit", c => BiddingStreams.BidStream(c.TenderId, c.BidderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), await BidAsync(r, c.TenderId, c.BidderId), c, a, r.Now));
        group.MapCommand<SubmitBid>("submit-bid", c => BiddingStreams.BidStream(c.TenderId, c.BidderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), await BidAsync(r, c.TenderId, c.BidderId), c, a, r.Now));
        group.MapCommand<AmendBid>("amend-bid", c => BiddingStreams.BidStream(c.TenderId, c.BidderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), await BidAsync(r, c.TenderId, c.BidderId), c, a, r.Now));
        group.MapCommand<WithdrawBid>("withdraw-bid", c => BiddingStreams.BidStream(c.TenderId, c.BidderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), await BidAsync(r, c.TenderId, c.BidderId), c, a, r.Now));
        group.MapCommand<OpenBids>("open-bids", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a) =>
        {
            var tender = await TenderAsync(r, c.TenderId);
            var bids = await r.StreamsStartingWithAsync(BiddingStreams.BidStreamPrefix(c.TenderId));
            return BiddingRules.Decide(tender, [.. bids.Select(b => Bid.Replay(b.Events))], c, a, r.Now);
        });
        group.MapCommand<DrawExpertPanel>("draw-expert-panel", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, r.Now));
        group.MapCommand<RecordExpertScore>("record-expert-score", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, r.Now));
        group.MapCommand<SubmitEvaluationReport>("submit-evaluation-report", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, r.Now));
        group.MapCommand<PublishCandidates>("publish-candidates", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, r.Now));
        group.MapCommand<FileObjection>("file-objection", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, r.Now));
        group.MapCommand<AnswerObjection>("answer-objection", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, r.Now));
        group.MapCommand<NotifyAward>("notify-award", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, r.Now));
        group.MapCommand<SignContract>("sign-contract", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, r.Now));
        group.MapCommand<RefundDeposit>("refund-deposit", c => BiddingStreams.BidStream(c.TenderId, c.BidderId), async (r, c, a) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), await BidAsync(r, c.TenderId, c.BidderId), c, a, r.Now));
    }

    private static async Task<Tender> TenderAsync(CommandReads reads, string tenderId) =>
        Tender.Replay((await reads.StreamAsync(BiddingStreams.TenderStream(tenderId))).Events);

    private static async Task<Bid> BidAsync(CommandReads reads, string tenderId, string bidderId) =>
        Bid.Replay((await reads.StreamAsync(BiddingStreams.BidStream(tenderId, bidderId))).Events);
}
