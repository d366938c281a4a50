using Ledger.Access;

namespace Ledger.Cli.Simulate;

/// <summary>
/// The lawful reads of an honest day, so that the read rules' precision means something: bidders checking their own
/// sealed bid before the deadline, the centre decrypting and the tender's side reading the prices after the opening,
/// supervisors reading the trail and the panel during the evaluation, losing bidders reading the panel once the
/// candidates are published, and now and then an evidence export for an inspection.
/// </summary>
internal static class RoutineReads
{
    public static void Plan(TenderPlan plan, Market market, int seed)
    {
        var dice = Dice.For(seed, $"reads/{plan.Index}");
        var id = plan.TenderId;
        foreach (var bid in plan.Bids.Where(_ => dice.Chance(0.2)))
        {
            var until = bid.WithdrawAt is { } withdrawn && withdrawn < plan.Deadline.AddMinutes(-10) ? withdrawn.AddMinutes(-1) : plan.Deadline.AddMinutes(-10);
            plan.AddRead(Calendar.Between(dice, bid.SubmitAt.AddMinutes(1), until), bid.Bidder.Staff, ReadSubject.SealedBid(id, bid.BidderId),
                "核对本单位投标文件 (checking our own bid)");
        }
        if (dice.Chance(0.1) && plan.Standing.Any())
        {
            var bidder = dice.Pick(plan.Standing.ToList()).BidderId;
            plan.AddRead(plan.OpenAt.AddMinutes(dice.Between(1, 5)), market.Centre.Staff, ReadSubject.SealedBid(id, bidder), "开标解密 (decryption at the opening)");
        }
        if (dice.Chance(0.6))
        {
            plan.AddRead(plan.OpenAt.AddMinutes(dice.Between(3, 20)), plan.Side, ReadSubject.BidPrices(id, null), "组织评标 (organising the evaluation)");
        }
        if (dice.Chance(0.1))
        {
            plan.AddRead(Calendar.Between(dice, plan.OpenAt.AddMinutes(10), plan.ReportAt), dice.Pick(market.Supervisors).Staff, ReadSubject.ExpertPanel(id),
                "评标现场监督 (overseeing the evaluation)");
        }
        if (dice.Chance(0.3))
        {
            plan.AddRead(Calendar.Between(dice, plan.OpenAt.AddHours(1), plan.AwardAt), dice.Pick(market.Supervisors).Staff, ReadSubject.TenderTrail(id),
                "招标投标活动监督检查 (routine supervision)");
        }
        var losers = plan.Candidates.Skip(1).ToList();
        if (losers.Count > 0 && dice.Chance(0.15))
        {
            plan.AddRead(Calendar.Between(dice, plan.CandidatesAt.AddMinutes(10), plan.PublicityEnd), plan.Bid(dice.Pick(losers).BidderId).Bidder.Staff,
                ReadSubject.ExpertPanel(id), "核对评标委员会组成 (checking the panel before a possible objection)");
        }
        if (dice.Chance(0.03))
        {
            plan.AddRead(Calendar.Between(dice, plan.AwardAt, plan.ContractAt), market.Supervisors[^1].Staff, ReadSubject.EvidenceExport($"tender:{id}", id),
                "专项检查 (an inspection of the year's tenders)");
        }
    }
}
