using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ledger.Projections.Learning;

namespace Ledger.Cli.Evaluate;

/// <summary>How <c>ledger evaluate</c> prints an evaluation: a markdown table for people, or the same as JSON.</summary>
internal static class EvaluationReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string[] Headings = ["rule", "规则", "scored", "flagged", "TP", "FP", "FN", "precision", "recall", "ROC AUC"];

    /// <summary>Against the tenders planted for the rule, where the market says what was planted.</summary>
    private static readonly string[] PlantedHeadings = ["planted", "found", "planted recall", "planted AUC"];

    public static string Table(string source, MarketEvaluation evaluation)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(string.Create(c,
            $"{source}: {evaluation.Tenders} tenders, {evaluation.Labelled} labelled, {evaluation.Collusive} of them collusive; rules at their default thresholds; learned score by {evaluation.Folds}-fold cross-validation (seed {evaluation.Seed})"));
        var planted = evaluation.Rows.Any(r => r.Planted is not null);
        if (planted)
        {
            text.AppendLine("precision, recall and ROC AUC against the collusive label; planted: against the tenders planted for the rule, every other labelled tender negative");
        }
        text.AppendLine();
        string[][] rows =
        [
            [.. Headings, .. planted ? PlantedHeadings : []],
            .. evaluation.Rows.Select(r => (string[])
            [
                r.Rule, r.Title, Whole(r.Scored), Whole(r.Metrics.TruePositives + r.Metrics.FalsePositives), Whole(r.Metrics.TruePositives),
                Whole(r.Metrics.FalsePositives), Whole(r.Metrics.FalseNegatives), Rate(r.Metrics.Precision), Rate(r.Metrics.Recall), Rate(r.RocAuc),
                .. planted ? Planted(r.Planted) : [],
            ]),
        ];
        var widths = Enumerable.Range(0, rows[0].Length).Select(k => rows.Max(r => Width(r[k]))).ToArray();
        for (var i = 0; i < rows.Length; i++)
        {
            // Names align left, numbers right, as markdown's ":" marks say.
            text.AppendLine("| " + string.Join(" | ", rows[i].Select((cell, k) => Pad(cell, widths[k], right: k >= 2))) + " |");
            if (i == 0)
            {
                text.AppendLine("|" + string.Join("|", widths.Select((w, k) => k >= 2 ? new string('-', w + 1) + ":" : ":" + new string('-', w + 1))) + "|");
            }
        }
        if (evaluation.NotLearned is { } why)
        {
            text.AppendLine();
            text.AppendLine($"no learned score: {why}");
        }
        return text.ToString();
    }

    public static string ToJson(string market, string source, MarketEvaluation evaluation) =>
        JsonSerializer.Serialize(new
        {
            market,
            source,
            evaluation.Tenders,
            evaluation.Labelled,
            evaluation.Collusive,
            evaluation.Folds,
            evaluation.Seed,
            evaluation.NotLearned,
            Rows = evaluation.Rows.Select(r => new
            {
                r.Rule,
                r.Title,
                r.Scored,
                Flagged = r.Metrics.TruePositives + r.Metrics.FalsePositives,
                r.Metrics.TruePositives,
                r.Metrics.FalsePositives,
                r.Metrics.TrueNegatives,
                r.Metrics.FalseNegatives,
                r.Metrics.Precision,
                r.Metrics.Recall,
                r.RocAuc,
                r.Planted,
            }),
        }, Json) + Environment.NewLine;

    private static string[] Planted(PlantedMetrics? p) =>
        p is null ? ["–", "–", "–", "–"] : [Whole(p.Planted), Whole(p.Found), Rate(p.Recall), Rate(p.RocAuc)];

    private static string Whole(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double? rate) => rate is { } r ? r.ToString("0.000", CultureInfo.InvariantCulture) : "–";

    private static string Pad(string cell, int width, bool right) =>
        right ? new string(' ', width - Width(cell)) + cell : cell + new string(' ', width - Width(cell));

    /// <summary>Columns on a terminal: CJK ideographs and full-width forms take two.</summary>
    private static int Width(string text) => text.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);
}
