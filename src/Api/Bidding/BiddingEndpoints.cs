using Ledger.Api.Commands;
using Ledger.Bidding;
using Ledger.Bidding.Commands;
using Ledger.Store.Commands;

namespace Ledger.Api.Bidding;

/// <summary>招标投标: one endpoint per command, against the tender stream and, for bids, the bidder's own stream.</summary>
public static class BiddingEndpoints
{
    public static void MapBidding(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/bidding");
        group.MapCommand<EnterProject>("enter-project", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, now));
        group.MapCommand<PublishTenderNotice>("publish-tender-notice", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, now));
        group.MapCommand<ObtainDocuments>("obtain-documents", c => BiddingStreams.BidStream(c.TenderId, c.BidderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), await BidAsync(r, c.TenderId, c.BidderId), c, a, now));
        group.MapCommand<PayDeposit>("pay-deposit", c => BiddingStreams.BidStream(c.TenderId, c.BidderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), await BidAsync(r, c.TenderId, c.BidderId), c, a, now));
        group.MapCommand<SubmitBid>("submit-bid", c => BiddingStreams.BidStream(c.TenderId, c.BidderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), await BidAsync(r, c.TenderId, c.BidderId), c, a, now));
        group.MapCommand<AmendBid>("amend-bid", c => BiddingStreams.BidStream(c.TenderId, c.BidderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), await BidAsync(r, c.TenderId, c.BidderId), c, a, now));
        group.MapCommand<WithdrawBid>("withdraw-bid", c => BiddingStreams.BidStream(c.TenderId, c.BidderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), await BidAsync(r, c.TenderId, c.BidderId), c, a, now));
        group.MapCommand<OpenBids>("open-bids", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a, now) =>
        {
            var tender = await TenderAsync(r, c.TenderId);
            var bids = await r.StreamsStartingWithAsync(BiddingStreams.BidStreamPrefix(c.TenderId));
            return BiddingRules.Decide(tender, [.. bids.Select(b => Bid.Replay(b.Events))], c, a, now);
        });
        group.MapCommand<DrawExpertPanel>("draw-expert-panel", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, now));
        group.MapCommand<RecordExpertScore>("record-expert-score", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, now));
        group.MapCommand<SubmitEvaluationReport>("submit-evaluation-report", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, now));
        group.MapCommand<PublishCandidates>("publish-candidates", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, now));
        group.MapCommand<FileObjection>("file-objection", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, now));
        group.MapCommand<AnswerObjection>("answer-objection", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, now));
        group.MapCommand<NotifyAward>("notify-award", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, now));
        group.MapCommand<SignContract>("sign-contract", c => BiddingStreams.TenderStream(c.TenderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), c, a, now));
        group.MapCommand<RefundDeposit>("refund-deposit", c => BiddingStreams.BidStream(c.TenderId, c.BidderId), async (r, c, a, now) => BiddingRules.Decide(await TenderAsync(r, c.TenderId), await BidAsync(r, c.TenderId, c.BidderId), c, a, now));
    }

    private static async Task<Tender> TenderAsync(CommandReads reads, string tenderId) =>
        Tender.Replay((await reads.StreamAsync(BiddingStreams.TenderStream(tenderId))).Events);

    private static async Task<Bid> BidAsync(CommandReads reads, string tenderId, string bidderId) =>
        Bid.Replay((await reads.StreamAsync(BiddingStreams.BidStream(tenderId, bidderId))).Events);
}
