using Ledger.Bidding.Events;
using Ledger.Projections.Detectors.Scores;
using Ledger.Projections.Detectors.Statistics;

namespace Ledger.Cli.Simulate;

/// <summary>
/// An expert's misconduct in one evaluation: a score for one bidder far from the rest of the panel's (评委评分畸高畸低),
/// off by 50 % − 30 %·s of the others' mean (the detector's default threshold is 20 %), up where the scale allows it;
/// or a panel member who spends 0.15 + 0.35·s of the time the others take at the median (the threshold is half).
/// </summary>
internal static class ExpertPlanting
{
    public static PlannedCase Deviation(TenderPlan plan, double s, Dice dice)
    {
        var target = dice.Pick(plan.Scores);
        var others = plan.Scores.Where(x => x.BidderId == target.BidderId && x.ExpertId != target.ExpertId).Average(x => (double)x.Score);
        var deviation = 0.5 - (0.3 * s);
        var up = others * (1 + deviation) <= (double)Ledger.Bidding.Commands.BiddingRules.MaxScore && dice.Chance(0.5);
        var score = Evaluation.HalfPoints(others * (up ? 1 + deviation : 1 - deviation));
        // Half points may round back inside the threshold: step out by one more.
        if (Math.Abs(((double)score - others) / others) < deviation)
        {
            score += up ? 0.5m : -0.5m;
        }
        plan.Scores[plan.Scores.IndexOf(target)] = target with { Score = score };
        plan.Kinds.Add(ScoreDetector.EvaluatorDeviation.Id);
        var detail = $"{target.ExpertId}:{target.BidderId}";
        return new PlannedCase(ScoreDetector.EvaluatorDeviation.Id, [ScoreDetector.EvaluatorDeviation.Id], $"{plan.TenderId}:{detail}", [plan.TenderId],
            [target.ExpertId, target.BidderId],
            $"Expert {target.ExpertId} scored {target.BidderId} {score} where the rest of the panel gave {others:0.##} on average ({((double)score - others) / others:+0.#%;-0.#%}).",
            [EventRef.Tender(plan.TenderId, nameof(ExpertScoreRecorded), detail)]);
    }

    public static PlannedCase Hurry(TenderPlan plan, double s, Dice dice)
    {
        var expert = dice.Pick(plan.Panel).Id;
        var totals = plan.Scores.GroupBy(x => x.ExpertId).ToDictionary(g => g.Key, g => g.Sum(x => x.Minutes), StringComparer.Ordinal);
        var median = Descriptive.Median([.. totals.Where(t => t.Key != expert).Select(t => (double)t.Value)])!.Value;
        var factor = (0.15 + (0.35 * s)) * median / totals[expert];
        var mine = Enumerable.Range(0, plan.Scores.Count).Where(i => plan.Scores[i].ExpertId == expert).ToList();
        foreach (var i in mine)
        {
            plan.Scores[i] = plan.Scores[i] with { Minutes = Math.Max(1, (int)Math.Floor(plan.Scores[i].Minutes * factor)) };
        }
        var spent = mine.Sum(i => plan.Scores[i].Minutes);
        plan.Kinds.Add(ScoreDetector.FastEvaluation.Id);
        return new PlannedCase(ScoreDetector.FastEvaluation.Id, [ScoreDetector.FastEvaluation.Id], $"{plan.TenderId}:{expert}", [plan.TenderId], [expert],
            $"Expert {expert} spent {spent} minutes evaluating, {spent / median:0.##} of the {median:0.#} the rest of the panel took at the median.",
            [.. mine.Select(i => EventRef.Tender(plan.TenderId, nameof(ExpertScoreRecorded), $"{expert}:{plan.Scores[i].BidderId}"))]);
    }
}
