using System.Globalization;
using Ledger.Cli.Import;
using Ledger.Cli.Simulate;
using Ledger.Markets;
using Ledger.Projections.Learning;
using Ledger.Store;
using Ledger.Store.Embedded;
using Npgsql;

namespace Ledger.Cli.Evaluate;

/// <summary>
/// <c>ledger evaluate</c>: how well each detector rule, the rules combined, and a score learned from the market's own
/// labels find the collusive tenders of a labelled market: precision and recall at the default thresholds and ROC AUC,
/// the learned score's by stratified k-fold cross-validation. An imported market by default; a simulated one with
/// <c>--truth</c> naming its ground-truth file, which also measures each rule against the tenders planted for it. A
/// table, or JSON with <c>--json</c>. Exit 0, or 2 when the market, its truth or the store is not there.
/// </summary>
public static class EvaluateCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, CancellationToken ct = default)
    {
        var json = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            // A flag without a value, taken out where an option name stands so that a value spelled "--json" stays a value.
            if (args[i] == "--json" && rest.Count % 2 == 0)
            {
                json = true;
                continue;
            }
            rest.Add(args[i]);
        }
        var options = Options.Parse(rest);
        options.AllowOnly([.. LedgerAccess.StoreOptions, "--market", "--truth", "--folds", "--seed"]);
        var market = options.Required("--market");
        if (!MarketStreams.IsValidName(market))
        {
            throw new UsageException($"--market '{market}' must be non-empty, without '/' or control characters");
        }
        var evaluation = new EvaluationOptions
        {
            Folds = int.TryParse(options.Optional("--folds") ?? "5", NumberStyles.None, CultureInfo.InvariantCulture, out var folds) && folds is >= 2 and <= 100
                ? folds
                : throw new UsageException($"--folds '{options.Optional("--folds")}' is not a whole number from 2 to 100"),
            Seed = ulong.TryParse(options.Optional("--seed") ?? "1", NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
                ? seed
                : throw new UsageException($"--seed '{options.Optional("--seed")}' is not a whole number ≥ 0"),
        };
        (GroundTruth Truth, string Path)? truth = options.Optional("--truth") is { } path ? Truth(path, market) : null;
        try
        {
            return RunAsync(options, market, truth, evaluation, json, output, ct).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is EmbeddedPostgresException or PostgresNotInstalledException or NpgsqlException or StoreUnavailableException)
        {
            throw new UsageException($"the ledger is not usable: {e.Message}");
        }
    }

    private static (GroundTruth Truth, string Path) Truth(string path, string market)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var truth = TruthFile.Read(full);
            return truth.Market == market ? (truth, full) : throw new UsageException($"--truth {full} is the truth of market {truth.Market}, not {market}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            throw new UsageException($"--truth {full} is not a readable ground truth: {e.Message}");
        }
    }

    private static async Task<int> RunAsync(
        Options options, string market, (GroundTruth Truth, string Path)? truth, EvaluationOptions evaluation, bool json, TextWriter output, CancellationToken ct)
    {
        await using var ledger = await LedgerAccess.OpenAsync(options, append: false, ct);
        IMarketSource source = truth is { } t
            ? new SimulatedMarketSource(ledger.Store, t.Truth, t.Path, json ? TextWriter.Null : output)
            : new ImportedMarketSource(ledger.Store, market);
        var tenders = await source.LoadAsync(ct);
        var result = MarketEvaluation.Of(tenders, evaluation);
        output.Write(json ? EvaluationReport.ToJson(market, source.Description, result) : EvaluationReport.Table(source.Description, result));
        return 0;
    }
}
