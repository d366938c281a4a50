using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Learning;

namespace Ledger.Tests.Markets;

public sealed class evaluation_ranks_a_generated_collusive_market
{
    private static readonly IReadOnlyList<LabelledTender> Market = GeneratedMarket.Create(90, seed: 42);

    [Fact]
    public void the_distribution_screens_and_the_learned_score_reach_an_auc_above_0_85()
    {
        var evaluation = MarketEvaluation.Of(Market, new EvaluationOptions());

        var rows = evaluation.Rows.ToDictionary(r => r.Rule);
        Assert.Equal((90, 90, 30), (evaluation.Tenders, evaluation.Labelled, evaluation.Collusive));
        Assert.True(rows["bid.cv-low"].RocAuc > 0.85, $"CV AUC {rows["bid.cv-low"].RocAuc}");
        Assert.True(rows["bid.rd-high"].RocAuc > 0.85, $"RD AUC {rows["bid.rd-high"].RocAuc}");
        Assert.True(rows["combined.learned"].RocAuc > 0.85, $"learned AUC {rows["combined.learned"].RocAuc}");
        Assert.True(rows["combined.learned"].Metrics.Recall > 0.8, $"learned recall {rows["combined.learned"].Metrics.Recall}");
        Assert.Null(evaluation.NotLearned);
    }

    [Fact]
    public void every_rule_is_measured_in_a_fixed_order_and_a_rerun_gives_the_same_numbers()
    {
        var first = MarketEvaluation.Of(Market, new EvaluationOptions { Seed = 9 });
        var second = MarketEvaluation.Of(Market, new EvaluationOptions { Seed = 9 });

        Assert.Equal(
            [
                "bid.cv-low", "bid.rd-high", "bid.kurtosis-high", "bid.price-outlier", "bid.close-to-ceiling", "collusion.price-steps",
                "collusion.ceiling-ratios", "collusion.identical-prices", "collusion.bid-together", "collusion.cover-bidding", "collusion.rotation",
                "combined.any-rule", "combined.learned",
            ],
            first.Rows.Select(r => r.Rule));
        Assert.Equal(first.Rows.Select(r => (r.Metrics, r.RocAuc)), second.Rows.Select(r => (r.Metrics, r.RocAuc)));
    }

    [Fact]
    public void unlabelled_tenders_are_not_measured_and_too_few_labels_leave_the_learned_score_out()
    {
        LabelledTender[] market = [.. Market.Select((t, i) => i < 12 ? t : t with { Collusive = null })];

        var evaluation = MarketEvaluation.Of(market, new EvaluationOptions());

        Assert.Equal((90, 12, 4), (evaluation.Tenders, evaluation.Labelled, evaluation.Collusive));
        Assert.DoesNotContain(evaluation.Rows, r => r.Rule == "combined.learned");
        Assert.Equal("the learned score needs at least 5 collusive and 5 competitive tenders for 5-fold cross-validation; the market has 4 and 8", evaluation.NotLearned);
    }

    [Fact]
    public void a_screen_undefined_for_a_tender_ranks_it_lowest()
    {
        // Two bids: RD needs three. The collusive two-bid tender cannot be told apart by RD and ranks below all others.
        var two = new LabelledTender(new TenderBids("T-2", "620100", new DateOnly(2025, 6, 1), null,
            [new BidEntry(Guid.NewGuid(), "X", 100m, true), new BidEntry(Guid.NewGuid(), "Y", 100.5m, false)]), true, []);

        var evaluation = MarketEvaluation.Of([.. Market, two], new EvaluationOptions());

        var rd = evaluation.Rows.Single(r => r.Rule == "bid.rd-high");
        Assert.Equal(90, rd.Scored);
        Assert.Equal(91, evaluation.Rows.Single(r => r.Rule == "bid.cv-low").Scored);
    }
}
