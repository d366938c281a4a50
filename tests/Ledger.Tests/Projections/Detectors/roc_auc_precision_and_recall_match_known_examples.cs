using Ledger.Projections.Detectors.Evaluation;

namespace Ledger.Tests.Projections.Detectors;

public sealed class roc_auc_precision_and_recall_match_known_examples
{
    [Fact]
    public void perfect_reversed_and_tied_rankings()
    {
        bool[] labels = [false, false, true, true];

        Assert.Equal(1.0, RocAuc.Compute([0.1, 0.2, 0.8, 0.9], labels));
        Assert.Equal(0.0, RocAuc.Compute([0.9, 0.8, 0.2, 0.1], labels));
        Assert.Equal(0.5, RocAuc.Compute([0.5, 0.5, 0.5, 0.5], labels));
    }

    [Fact]
    public void the_textbook_example_scores_three_quarters()
    {
        // Positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of the 4 pairs ordered correctly.
        Assert.Equal(0.75, RocAuc.Compute([0.1, 0.4, 0.35, 0.8], [false, false, true, true]));
    }

    [Fact]
    public void a_tie_between_a_positive_and_a_negative_counts_one_half()
    {
        // Pairs (p, n): (0.5, 0.2) win, (0.5, 0.5) tie, (0.9, 0.2) win, (0.9, 0.5) win: 3.5 of 4.
        Assert.Equal(3.5 / 4, RocAuc.Compute([0.2, 0.5, 0.5, 0.9], [false, false, true, true]));
    }

    [Fact]
    public void random_scores_agree_with_counting_every_pair()
    {
        var random = new Random(11);
        for (var round = 0; round < 20; round++)
        {
            double[] scores = [.. Enumerable.Range(0, 40).Select(_ => random.Next(0, 8) / 8.0)];
            bool[] labels = [.. Enumerable.Range(0, 40).Select(i => i % 3 == 0 || random.Next(0, 4) == 0)];

            Assert.Equal(PairCount(scores, labels), RocAuc.Compute(scores, labels)!.Value, 12);
        }
    }

    [Fact]
    public void one_class_only_has_no_area()
    {
        Assert.Null(RocAuc.Compute([0.1, 0.2], [true, true]));
        Assert.Null(RocAuc.Compute([], []));
        Assert.Throws<ArgumentException>(() => RocAuc.Compute([double.NaN, 0.2], [true, false]));
    }

    [Fact]
    public void precision_and_recall_from_counts()
    {
        // TP: cases 0, 1; FP: case 2; FN: case 3; TN: cases 4, 5. Precision 2/3, recall 2/3.
        var metrics = BinaryMetrics.Of([true, true, true, false, false, false], [true, true, false, true, false, false]);

        Assert.Equal((2, 1, 2, 1), (metrics.TruePositives, metrics.FalsePositives, metrics.TrueNegatives, metrics.FalseNegatives));
        Assert.Equal(2.0 / 3, metrics.Precision);
        Assert.Equal(2.0 / 3, metrics.Recall);
    }

    [Fact]
    public void nothing_flagged_has_no_precision_and_nothing_collusive_has_no_recall()
    {
        var metrics = BinaryMetrics.Of([false, false], [false, false]);

        Assert.Null(metrics.Precision);
        Assert.Null(metrics.Recall);
        Assert.Throws<ArgumentException>(() => BinaryMetrics.Of([true], []));
    }

    /// <summary>The definition: the share of (positive, negative) pairs the scores order correctly, ties counting half.</summary>
    private static double PairCount(double[] scores, bool[] labels)
    {
        double wins = 0;
        var pairs = 0;
        for (var p = 0; p < scores.Length; p++)
        {
            for (var n = 0; n < scores.Length; n++)
            {
                if (labels[p] && !labels[n])
                {
                    pairs++;
                    wins += scores[p] > scores[n] ? 1 : scores[p] == scores[n] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
