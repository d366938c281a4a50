using Ledger.Projections.Detectors.Evaluation;

namespace Ledger.Projections.Learning;

/// <summary>
/// Out-of-fold scores: each case scored by a model that never saw it, trained on the other folds of a
/// <see cref="StratifiedKFold"/> split. Their ROC AUC and precision and recall estimate how the score would do on a
/// centre's next tenders, where the model's score on its own training cases would not.
/// </summary>
public static class CrossValidation
{
    /// <summary>The out-of-fold probability of every case, in input order.</summary>
    /// <exception cref="ArgumentException">A class has fewer than two cases, so some training fold would lack it.</exception>
    public static IReadOnlyList<double> OutOfFold(
        IReadOnlyList<IReadOnlyList<double?>> features, IReadOnlyList<bool> labels, int folds, ulong seed, BoostedTreesOptions options)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        var positives = labels.Count(l => l);
        if (positives < 2 || labels.Count - positives < 2)
        {
            throw new ArgumentException($"{positives} positive and {labels.Count - positives} negative cases: cross-validation needs two of each", nameof(labels));
        }
        var scores = new double[labels.Count];
        foreach (var fold in StratifiedKFold.Split(labels, folds, seed))
        {
            var model = BoostedTrees.Train([.. fold.Train.Select(i => features[i])], [.. fold.Train.Select(i => labels[i])], options);
            var scored = model.Score([.. fold.Test.Select(i => features[i])]);
            for (var k = 0; k < fold.Test.Count; k++)
            {
                scores[fold.Test[k]] = scored[k];
            }
        }
        return scores;
    }
}
