using Ledger.Projections.Detectors.Scores;
using static Ledger.Tests.Projections.Detectors.DetectorData;

namespace Ledger.Tests.Projections.Detectors;

public sealed class evaluation_deviations_flag_the_fast_expert_and_the_odd_score
{
    private static readonly ScoreThresholds Defaults = new();

    /// <summary>Five experts score three bidders; <paramref name="score"/> and <paramref name="minutes"/> per (expert, bidder).</summary>
    private static TenderScores Panel(Func<int, int, decimal> score, Func<int, int, int> minutes)
    {
        var scores = new List<ExpertScore>();
        for (var e = 1; e <= 5; e++)
        {
            for (var b = 1; b <= 3; b++)
            {
                scores.Add(new ExpertScore(Id((e * 10) + b), $"E-{e}", $"B-{b}", score(e, b), minutes(e, b)));
            }
        }
        return new TenderScores("T-1", scores);
    }

    [Fact]
    public void a_consistent_panel_raises_nothing()
    {
        var panel = Panel((e, b) => 80m - (b * 5m) + e, (e, b) => 25 + e);

        Assert.Empty(ScoreDetector.Detect(panel, Defaults));
    }

    [Fact]
    public void an_expert_six_times_faster_than_the_panel_is_flagged()
    {
        // E-5 spends 3 · 5 = 15 minutes, the others 3 · 30 = 90 each: ratio 1/6, score 1 − (1/6)/(2 · 0.5).
        var panel = Panel((e, b) => 80m - (b * 5m), (e, b) => e == 5 ? 5 : 30);

        var warning = Assert.Single(ScoreDetector.Detect(panel, Defaults));
        Assert.Equal("score.fast-evaluation", warning.Rule);
        Assert.Equal("T-1:E-5", warning.Subject);
        Assert.Equal(1 - (1.0 / 6), warning.Score, 9);
        Assert.Equal([Id(51), Id(52), Id(53)], warning.Events);
    }

    [Fact]
    public void an_expert_still_scoring_is_not_taken_for_a_fast_one()
    {
        // E-5 has scored B-1 only, in as long as the others took for it: 30 of their 90 minutes so far.
        var panel = Panel((e, b) => 80m - (b * 5m), (e, b) => 30);
        var scoring = new TenderScores(panel.TenderId, [.. panel.Scores.Where(s => s.ExpertId != "E-5" || s.BidderId == "B-1")]);

        Assert.DoesNotContain(ScoreDetector.Detect(scoring, Defaults), w => w.Rule == "score.fast-evaluation");
        var finished = ScoreDetector.Detect(new TenderScores(panel.TenderId, [.. scoring.Scores, new ExpertScore(Id(52), "E-5", "B-2", 70m, 2), new ExpertScore(Id(53), "E-5", "B-3", 65m, 2)]), Defaults);
        Assert.Equal("T-1:E-5", Assert.Single(finished, w => w.Rule == "score.fast-evaluation").Subject);
    }

    [Fact]
    public void an_expert_who_leaves_a_bid_unscored_is_still_compared_on_the_others()
    {
        // E-5 skips B-3 and spends 5 minutes on each of the other two, where the others spend 30.
        var panel = Panel((e, b) => 80m - (b * 5m), (e, b) => e == 5 ? 5 : 30);
        var skipping = new TenderScores(panel.TenderId, [.. panel.Scores.Where(s => s.ExpertId != "E-5" || s.BidderId != "B-3")]);

        var warning = Assert.Single(ScoreDetector.Detect(skipping, Defaults), w => w.Rule == "score.fast-evaluation");
        Assert.Equal("T-1:E-5", warning.Subject);
        Assert.Equal([Id(51), Id(52)], warning.Events);
    }

    [Fact]
    public void a_fast_expert_stays_flagged_while_the_panel_scores_bid_by_bid()
    {
        // The panel scores B-1 together, then B-2, then B-3; E-5 takes 5 minutes a bid, the others 30.
        var panel = Panel((e, b) => 80m - (b * 5m), (e, b) => e == 5 ? 5 : 30);
        var byBid = panel.Scores.OrderBy(s => s.BidderId, StringComparer.Ordinal).ThenBy(s => s.ExpertId, StringComparer.Ordinal).ToArray();

        for (var n = 5; n <= byBid.Length; n++)
        {
            var warnings = ScoreDetector.Detect(new TenderScores(panel.TenderId, byBid[..n]), Defaults);
            Assert.True(warnings.Any(w => w.Rule == "score.fast-evaluation" && w.Subject == "T-1:E-5"), $"not flagged after {n} scores");
        }
    }

    [Fact]
    public void an_abnormally_high_score_names_the_expert_and_the_bidder()
    {
        // The others give B-1 70; E-1 gives 95: (95 − 70)/70 ≈ 0.357 above, score 1 − 0.2/(2 · 25/70).
        var panel = Panel((e, b) => b == 1 ? (e == 1 ? 95m : 70m) : 60m, (e, b) => 30);

        var warning = Assert.Single(ScoreDetector.Detect(panel, Defaults), w => w.Rule == "score.evaluator-deviation");
        Assert.Equal("T-1:E-1:B-1", warning.Subject);
        Assert.Equal(1 - (0.2 / (2 * 25.0 / 70)), warning.Score, 9);
        Assert.Equal([Id(11)], warning.Events);
        Assert.Equal("评委评分畸高畸低", warning.Title);
    }

    [Fact]
    public void a_score_within_the_tolerance_is_not_flagged()
    {
        // 83 against 70 is 18.6 % above: under the 20 % threshold.
        var panel = Panel((e, b) => b == 1 ? (e == 1 ? 83m : 70m) : 60m, (e, b) => 30);

        Assert.DoesNotContain(ScoreDetector.Detect(panel, Defaults), w => w.Rule == "score.evaluator-deviation");
    }

    [Fact]
    public void a_bidder_scored_far_from_the_others_is_flagged()
    {
        // Bidder means 70, 71, 72, 73 and 20: median 71, MAD 1, so B-5 lies 0.6745 · 51 robust deviations below.
        decimal[] means = [70m, 71m, 72m, 73m, 20m];
        var scores = Enumerable.Range(0, 5).SelectMany(b => Enumerable.Range(1, 3)
            .Select(e => new ExpertScore(Id((b * 10) + e), $"E-{e}", $"B-{b + 1}", means[b], 30))).ToArray();

        var warning = Assert.Single(ScoreDetector.Detect(new TenderScores("T-2", scores), Defaults));
        Assert.Equal("score.bidder-deviation", warning.Rule);
        Assert.Equal("T-2:B-5", warning.Subject);
        Assert.Equal(1 - (3.5 / (2 * 0.6745 * 51)), warning.Score, 9);
    }

    [Fact]
    public void two_experts_are_too_few_to_compare()
    {
        var scores = new[]
        {
            new ExpertScore(Id(1), "E-1", "B-1", 90m, 1),
            new ExpertScore(Id(2), "E-2", "B-1", 40m, 60),
        };

        Assert.Empty(ScoreDetector.Detect(new TenderScores("T-3", scores), Defaults));
    }
}
