using Ledger.Projections.Detectors.Evaluation;
using Ledger.Projections.Learning;

namespace Ledger.Tests.Markets;

public sealed class the_learner_separates_a_toy_problem
{
    private static readonly BoostedTreesOptions Options = new();

    private static IReadOnlyList<double?> V(params double?[] values) => values;

    [Fact]
    public void two_overlapping_features_that_separate_only_together_are_learned_out_of_fold()
    {
        // Positive when x + y > 1: neither feature alone separates; a third is noise, often missing.
        var random = new Random(3);
        var cases = Enumerable.Range(0, 200).Select(_ => (X: random.NextDouble(), Y: random.NextDouble(), Noise: random.NextDouble())).ToArray();
        IReadOnlyList<double?>[] features = [.. cases.Select(c => V(c.X, c.Y, c.Noise < 0.5 ? null : c.Noise))];
        bool[] labels = [.. cases.Select(c => c.X + c.Y > 1)];

        var scores = CrossValidation.OutOfFold(features, labels, 5, 7, Options);

        Assert.True(RocAuc.Compute(scores, labels) > 0.95, $"AUC {RocAuc.Compute(scores, labels)}");
        Assert.Equal(scores, CrossValidation.OutOfFold(features, labels, 5, 7, Options));
    }

    [Fact]
    public void a_missing_value_is_itself_a_signal_the_trees_can_use()
    {
        // The label is whether the first feature is missing: mean filling alone would hide it.
        var random = new Random(5);
        bool[] labels = [.. Enumerable.Range(0, 100).Select(i => i % 2 == 0)];
        IReadOnlyList<double?>[] features = [.. labels.Select(l => V(l ? null : random.NextDouble(), random.NextDouble()))];

        var model = BoostedTrees.Train(features, labels, Options);

        var scores = model.Score([[null, 0.5], [0.5, 0.5]]);
        Assert.True(scores[0] > 0.9 && scores[1] < 0.1, string.Join(", ", scores));
    }

    [Fact]
    public void a_feature_missing_everywhere_does_not_stop_training()
    {
        bool[] labels = [.. Enumerable.Range(0, 40).Select(i => i < 20)];
        IReadOnlyList<double?>[] features = [.. labels.Select((l, i) => V(null, l ? 1 + (i * 0.01) : i * 0.01))];

        var scores = BoostedTrees.Train(features, labels, Options).Score(features);

        Assert.Equal(1.0, RocAuc.Compute(scores, labels));
    }

    [Fact]
    public void training_needs_both_classes_and_vectors_of_one_length_without_nan()
    {
        IReadOnlyList<double?>[] two = [[1.0], [2.0]];

        Assert.Contains("one class", Assert.Throws<ArgumentException>(() => BoostedTrees.Train(two, [true, true], Options)).Message);
        Assert.Contains("holds NaN", Assert.Throws<ArgumentException>(() => BoostedTrees.Train([[double.NaN], [2.0]], [true, false], Options)).Message);
        Assert.Contains("has 2 values, the model takes 1", Assert.Throws<ArgumentException>(() => BoostedTrees.Train([[1.0], [2.0, 3.0]], [true, false], Options)).Message);
        Assert.Contains("two of each", Assert.Throws<ArgumentException>(() => CrossValidation.OutOfFold([[1.0], [2.0], [3.0]], [true, false, false], 2, 1, Options)).Message);
    }
}
