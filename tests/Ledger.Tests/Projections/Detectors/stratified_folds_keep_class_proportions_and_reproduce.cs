using Ledger.Projections.Detectors.Evaluation;

namespace Ledger.Tests.Projections.Detectors;

public sealed class stratified_folds_keep_class_proportions_and_reproduce
{
    private static readonly bool[] Labels = [.. Enumerable.Range(0, 53).Select(i => i % 5 == 0)];

    [Fact]
    public void every_case_is_tested_exactly_once_and_trained_on_in_the_other_folds()
    {
        var folds = StratifiedKFold.Split(Labels, 5, seed: 42);

        Assert.Equal(Enumerable.Range(0, 53), folds.SelectMany(f => f.Test).Order());
        Assert.All(folds, f => Assert.Equal(Enumerable.Range(0, 53), f.Train.Concat(f.Test).Order()));
        Assert.All(folds, f => Assert.Equal(f.Test.Order(), f.Test));
    }

    [Fact]
    public void class_counts_differ_by_at_most_one_between_folds()
    {
        // 11 collusive cases (0, 5, …, 50) and 42 competitive over 5 folds: 2 or 3 and 8 or 9 per fold.
        var folds = StratifiedKFold.Split(Labels, 5, seed: 42);

        var positives = folds.Select(f => f.Test.Count(i => Labels[i])).ToArray();
        var negatives = folds.Select(f => f.Test.Count(i => !Labels[i])).ToArray();
        Assert.Equal(11, positives.Sum());
        Assert.True(positives.Max() - positives.Min() <= 1, string.Join(",", positives));
        Assert.True(negatives.Max() - negatives.Min() <= 1, string.Join(",", negatives));
        Assert.True(folds.Max(f => f.Test.Count) - folds.Min(f => f.Test.Count) <= 1);
    }

    [Fact]
    public void the_same_seed_gives_the_same_folds_and_another_seed_others()
    {
        static string Key(IReadOnlyList<Fold> folds) => string.Join("|", folds.Select(f => string.Join(",", f.Test)));

        Assert.Equal(Key(StratifiedKFold.Split(Labels, 5, 42)), Key(StratifiedKFold.Split(Labels, 5, 42)));
        Assert.NotEqual(Key(StratifiedKFold.Split(Labels, 5, 42)), Key(StratifiedKFold.Split(Labels, 5, 43)));
    }

    [Fact]
    public void impossible_fold_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedKFold.Split(Labels, 1, 42));
        Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedKFold.Split([true, false], 3, 42));
    }
}
