using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;

namespace Ledger.Cli.Simulate;

/// <summary>
/// The panel's work and what follows it. Each expert scores each bid read at opening: 60 points for price (the lowest
/// read price over the bid's) and 40 for the technical proposal, plus the expert's own lean and some noise, in half
/// points; minutes follow the bid's bulk and the expert's pace. Then the ranking (by mean score under 综合评估法, by
/// price otherwise), publicity, award, contract and refunds.
/// </summary>
internal static class Evaluation
{
    public static void Score(TenderPlan plan, int seed)
    {
        var dice = Dice.For(seed, $"scores/{plan.Index}");
        var read = plan.Read.ToList();
        var lowest = read.Min(b => b.Price);
        var quality = read.ToDictionary(b => b.BidderId, b => Math.Clamp(b.Bidder.Quality + (0.04 * dice.Normal(3)), 0.5, 1.0), StringComparer.Ordinal);
        if (plan.Favoured is { } favoured && quality.TryGetValue(favoured, out var best))
        {
            // Cover bidders hand in proposals meant to lose.
            foreach (var other in read.Where(b => b.BidderId != favoured))
            {
                quality[other.BidderId] = Math.Min(quality[other.BidderId], best - dice.Uniform(0.03, 0.1));
            }
        }
        var bulk = read.ToDictionary(b => b.BidderId, _ => dice.Uniform(20, 50), StringComparer.Ordinal);
        foreach (var expert in plan.Panel)
        {
            foreach (var bid in read)
            {
                var points = (60 * (double)(lowest / bid.Price)) + (40 * quality[bid.BidderId]) + expert.Bias + (1.5 * dice.Normal(3));
                var minutes = Math.Max(3, (int)Math.Round(bulk[bid.BidderId] * expert.Speed * Math.Exp(0.1 * dice.Normal(3))));
                plan.Scores.Add(new PlannedScore(expert.Id, bid.BidderId, HalfPoints(points), minutes));
            }
        }
    }

    public static decimal HalfPoints(double points) => Math.Clamp(decimal.Round((decimal)points * 2, MidpointRounding.AwayFromZero) / 2, 0, BiddingRules.MaxScore);

    /// <summary>Times the scores, ranks, and plans the publicity, an objection now and then, award, contract and refunds.</summary>
    public static void Finish(TenderPlan plan, int seed)
    {
        var dice = Dice.For(seed, $"finish/{plan.Index}");
        var last = plan.OpenAt;
        foreach (var expert in plan.Panel)
        {
            var at = plan.OpenAt.AddMinutes(dice.Between(20, 60));
            foreach (var index in Enumerable.Range(0, plan.Scores.Count).Where(i => plan.Scores[i].ExpertId == expert.Id))
            {
                at = at.AddMinutes(plan.Scores[index].Minutes);
                plan.Scores[index] = plan.Scores[index] with { At = at };
                last = at > last ? at : last;
            }
        }
        plan.ReportAt = Calendar.Between(dice, last.AddMinutes(15), last.AddMinutes(60));
        Rank(plan);
        plan.CandidatesAt = Calendar.Between(dice, plan.ReportAt.AddHours(2), plan.ReportAt.AddHours(30));
        plan.PublicityEnd = Demo.BeijingTime.MidnightAfter(plan.CandidatesAt.AddDays(BiddingRules.MinPublicityDays).AddMinutes(1));
        var losers = plan.Candidates.Skip(1).ToList();
        if (losers.Count > 0 && dice.Chance(0.04))
        {
            var filer = plan.Bid(losers[0].BidderId);
            var filed = Calendar.Between(dice, plan.CandidatesAt.AddHours(1), plan.CandidatesAt.AddDays(2));
            plan.Objection = new PlannedObjection($"{plan.TenderId}-YY1", filer.BidderId, filer.Bidder.Staff, filed, Calendar.Between(dice, filed.AddHours(2), filed.AddHours(22)));
        }
        plan.AwardAt = Calendar.Between(dice, plan.PublicityEnd.AddHours(1), plan.PublicityEnd.AddDays(3));
        plan.ContractAt = Calendar.Between(dice, plan.AwardAt.AddDays(5), plan.AwardAt.AddDays(25));
        foreach (var bid in plan.Bids.Where(b => b.Deposit is not null).ToList())
        {
            var refund = bid.WithdrawAt is { } withdrawn ? Calendar.Between(dice, withdrawn.AddHours(1), withdrawn.AddDays(2))
                : bid.BidderId == plan.WinnerId ? Calendar.Between(dice, plan.ContractAt.AddDays(1), plan.ContractAt.AddDays(5))
                : Calendar.Between(dice, plan.AwardAt.AddDays(1), plan.AwardAt.AddDays(5));
            plan.Replace(bid with { RefundAt = refund, Interest = Interest(bid.Deposit!, refund) });
        }
    }

    /// <summary>Current-account interest (0.35 % a year) a bank pays on a transferred deposit; a guarantee earns none.</summary>
    private static decimal Interest(PlannedDeposit deposit, DateTimeOffset refund) =>
        deposit.Method == DepositMethod.VirtualSubAccount ? decimal.Round(deposit.Amount * 0.0035m * (refund - deposit.At).Days / 360m, 2) : 0m;

    private static void Rank(TenderPlan plan)
    {
        var read = plan.Read.Select(b => (b.BidderId, b.Price, Score: plan.Scored
            ? decimal.Round(plan.Scores.Where(s => s.BidderId == b.BidderId).Average(s => s.Score), 2, MidpointRounding.AwayFromZero)
            : (decimal?)null));
        var ranked = plan.Scored
            ? read.OrderByDescending(r => r.Score).ThenBy(r => r.Price).ThenBy(r => r.BidderId, StringComparer.Ordinal)
            : read.OrderBy(r => r.Price).ThenBy(r => r.BidderId, StringComparer.Ordinal);
        plan.Candidates.Clear();
        plan.Candidates.AddRange(ranked.Take(BiddingRules.MaxCandidates).Select((r, i) => new RankedCandidate(i + 1, r.BidderId, r.Score)));
        plan.WinnerId = plan.Candidates[0].BidderId;
    }
}
