using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Transforms;

namespace Ledger.Projections.Learning;

/// <summary>
/// A binary classifier of gradient-boosted regression trees (ML.NET's FastTree: logistic loss, shrinkage, Platt
/// calibration), trained on feature vectors whose values may be missing. FastTree skips every case with a missing
/// value, and most tenders miss one (no ceiling, too few bids for kurtosis), so each feature is filled with its
/// training mean and paired with a 0/1 "was missing" feature: the trees can still split on absence itself.
/// </summary>
public sealed class BoostedTrees
{
    private const string Raw = "Raw";

    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly SchemaDefinition schema;

    private BoostedTrees(MLContext ml, ITransformer model, SchemaDefinition schema, int width)
    {
        this.ml = ml;
        this.model = model;
        this.schema = schema;
        Width = width;
    }

    /// <summary>How many features every vector holds.</summary>
    public int Width { get; }

    /// <summary>Trains a model on <paramref name="features"/> (one vector per case, all of one length) and their labels.</summary>
    /// <exception cref="ArgumentException">No cases, vectors of different lengths, a NaN value, or only one class.</exception>
    public static BoostedTrees Train(IReadOnlyList<IReadOnlyList<double?>> features, IReadOnlyList<bool> labels, BoostedTreesOptions options)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(options);
        if (features.Count == 0 || features.Count != labels.Count)
        {
            throw new ArgumentException($"{features.Count} feature vectors for {labels.Count} labels", nameof(features));
        }
        if (labels.All(l => l) || !labels.Any(l => l))
        {
            throw new ArgumentException($"all {labels.Count} training cases are of one class: the trees need both", nameof(labels));
        }
        var width = features[0].Count;
        var ml = new MLContext(options.Seed);
        var schema = Schema(width);
        var data = ml.Data.LoadFromEnumerable(Rows(features, labels, width), schema);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.LeavesPerTree,
            MinimumExampleCountPerLeaf = options.MinimumTendersPerLeaf,
            LearningRate = options.LearningRate,
            Seed = options.Seed,
            // One thread: the same model on every machine, and the two cores stay free for the ledger.
            NumberOfThreads = 1,
        });
        var pipeline = ml.Transforms.IndicateMissingValues("Missing", Raw)
            .Append(ml.Transforms.Conversion.ConvertType("MissingAsNumber", "Missing", DataKind.Single))
            .Append(ml.Transforms.ReplaceMissingValues("Filled", Raw, MissingValueReplacingEstimator.ReplacementMode.Mean))
            .Append(ml.Transforms.Concatenate("Features", "Filled", "MissingAsNumber"))
            .Append(trainer);
        return new BoostedTrees(ml, pipeline.Fit(data), schema, width);
    }

    /// <summary>The probability of the positive class for each vector, in order.</summary>
    /// <exception cref="ArgumentException">A vector of another length than the training vectors, or a NaN value.</exception>
    public IReadOnlyList<double> Score(IReadOnlyList<IReadOnlyList<double?>> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count == 0)
        {
            return [];
        }
        var data = ml.Data.LoadFromEnumerable(Rows(features, null, Width), schema);
        return [.. model.Transform(data).GetColumn<float>("Probability").Select(p => (double)p)];
    }

    private static IEnumerable<Row> Rows(IReadOnlyList<IReadOnlyList<double?>> features, IReadOnlyList<bool>? labels, int width)
    {
        var rows = new Row[features.Count];
        for (var i = 0; i < features.Count; i++)
        {
            if (features[i].Count != width)
            {
                throw new ArgumentException($"feature vector {i} has {features[i].Count} values, the model takes {width}", nameof(features));
            }
            if (features[i].Any(v => v is double.NaN))
            {
                throw new ArgumentException($"feature vector {i} holds NaN: give a missing value as null", nameof(features));
            }
            // ML.NET's missing value for a float is NaN.
            rows[i] = new Row { Label = labels?[i] ?? false, Raw = [.. features[i].Select(v => v is { } x ? (float)x : float.NaN)] };
        }
        return rows;
    }

    private static SchemaDefinition Schema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[Raw].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }

    /// <summary>One case as ML.NET reads it; the vector's length is set at run time through the schema.</summary>
    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Raw { get; set; } = [];
    }
}
