using System.Security.Cryptography;
using System.Text;
using Ledger.Bidding;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;

namespace Ledger.Cli.Simulate;

/// <summary>Records one planned tender, from entry to the last refund, in the order of its simulated times.</summary>
internal static class TenderRun
{
    public static Task RunAsync(SimulatedLedger ledger, Market market, TenderPlan plan)
    {
        var id = plan.TenderId;
        var (side, centre) = (plan.Side, market.Centre.Staff);
        var schedule = new Schedule();
        schedule.At(plan.EnteredAt, at => ledger.TenderAsync(at, side, new EnterProject(id, plan.ProjectName, plan.Tenderer.Id, plan.Agency?.Id), id, BiddingRules.Decide));
        schedule.At(plan.PublishedAt, at => ledger.TenderAsync(at, side,
            new PublishTenderNotice(id, plan.Ceiling, plan.Deadline, plan.Deadline, plan.DocumentsHash, plan.RequiredDeposit, BiddingRules.MinPublicityDays), id, BiddingRules.Decide));
        foreach (var (bidder, when) in plan.Lookers)
        {
            schedule.At(when, at => ledger.BidAsync(at, bidder.Staff, new ObtainDocuments(id, bidder.Id, plan.DocumentsHash), id, bidder.Id, BiddingRules.Decide));
        }
        foreach (var bid in plan.Bids)
        {
            Bid(schedule, ledger, plan, bid, centre);
        }
        schedule.At(plan.DrawAt, at => ledger.TenderAsync(at, centre, new DrawExpertPanel(id, [.. plan.Panel.Select(e => e.Id)], plan.Recusal is { } r ? [r] : []), id, BiddingRules.Decide));
        schedule.At(plan.OpenAt, at => ledger.OpenAsync(at, centre,
            new OpenBids(id, [.. plan.Standing.OrderBy(b => b.BidderId, StringComparer.Ordinal).Select(b => new PriceReveal(b.BidderId, b.Price, b.Nonce))], [])));
        foreach (var read in plan.Reads)
        {
            schedule.At(read.At, at => ledger.ReadAsync(at, read));
        }
        foreach (var score in plan.Scores)
        {
            var expert = plan.Panel.Single(e => e.Id == score.ExpertId).Actor;
            schedule.At(score.At, at => ledger.TenderAsync(at, expert, new RecordExpertScore(id, score.ExpertId, score.BidderId, score.Score, score.Minutes), id,
                BiddingRules.Decide, $"{score.ExpertId}:{score.BidderId}"));
        }
        var ranking = string.Join("; ", plan.Candidates.Select(c => $"{c.Rank} {c.BidderId} {c.Score}"));
        schedule.At(plan.ReportAt, at => ledger.TenderAsync(at, side, new SubmitEvaluationReport(id, Sha256($"评标报告 {id}: {ranking}"), plan.Candidates), id, BiddingRules.Decide));
        schedule.At(plan.CandidatesAt, at => ledger.TenderAsync(at, side, new PublishCandidates(id, plan.PublicityEnd), id, BiddingRules.Decide));
        if (plan.Objection is { } objection)
        {
            schedule.At(objection.FiledAt, at => ledger.TenderAsync(at, objection.Filer,
                new FileObjection(id, objection.ObjectionId, ObjectionKind.Objection, objection.FiledBy, "第一中标候选人业绩证明材料存疑 (doubts about the first candidate's track record)"), id, BiddingRules.Decide));
            schedule.At(objection.AnsweredAt, at => ledger.TenderAsync(at, side,
                new AnswerObjection(id, objection.ObjectionId, false, "经核查，业绩证明材料真实有效，异议不成立 (checked: genuine; not upheld)"), id, BiddingRules.Decide));
        }
        var price = plan.Bid(plan.WinnerId).Price;
        schedule.At(plan.AwardAt, at => ledger.TenderAsync(at, side, new NotifyAward(id, plan.WinnerId), id, BiddingRules.Decide));
        schedule.At(plan.ContractAt, at => ledger.TenderAsync(at, side, new SignContract(id, plan.WinnerId, price, Sha256($"施工合同 {id} {plan.WinnerId} {price}")), id, BiddingRules.Decide));
        return schedule.RunAsync();
    }

    private static void Bid(Schedule schedule, SimulatedLedger ledger, TenderPlan plan, PlannedBid bid, Ledger.Actions.Actor centre)
    {
        var (id, bidder) = (plan.TenderId, bid.BidderId);
        schedule.At(bid.ObtainAt, at => ledger.BidAsync(at, bid.Bidder.Staff, new ObtainDocuments(id, bidder, plan.DocumentsHash), id, bidder, BiddingRules.Decide));
        if (bid.Deposit is { } d)
        {
            schedule.At(d.At, at => ledger.BidAsync(at, centre, new PayDeposit(id, bidder, d.Method, d.Amount, d.Reference, d.Institution, d.SourceAccount, d.MatchesRegisteredAccount),
                id, bidder, BiddingRules.Decide));
            schedule.At(bid.RefundAt, at => ledger.BidAsync(at, centre, new RefundDeposit(id, bidder, bid.Interest), id, bidder, BiddingRules.Decide));
        }
        var (firstPrice, firstFile, firstNonce) = bid.Amendment is { } a ? (a.FirstPrice, a.FirstFileHash, a.FirstNonce) : (bid.Price, bid.FileHash, bid.Nonce);
        schedule.At(bid.SubmitAt, at => ledger.BidAsync(at, bid.Submitter,
            new SubmitBid(id, bidder, firstFile, bid.FileSize, bid.Signature, bid.Bidder.CertificateSerial, bid.Features, PriceCommitment.Compute(id, bidder, firstPrice, firstNonce),
                bid.Manager, bid.Contact),
            id, bidder, BiddingRules.Decide));
        if (bid.Amendment is { } amendment)
        {
            schedule.At(amendment.At, at => ledger.BidAsync(at, bid.Submitter,
                new AmendBid(id, bidder, bid.FileHash, bid.FileSize, bid.Signature, bid.Bidder.CertificateSerial, bid.Features, PriceCommitment.Compute(id, bidder, bid.Price, bid.Nonce),
                    bid.Manager, bid.Contact),
                id, bidder, BiddingRules.Decide));
        }
        if (bid.WithdrawAt is { } withdrawn)
        {
            schedule.At(withdrawn, at => ledger.BidAsync(at, bid.Submitter, new WithdrawBid(id, bidder), id, bidder, BiddingRules.Decide));
        }
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
