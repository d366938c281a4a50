using System.Globalization;
using Ledger.Actions;
using Ledger.Markets;
using Ledger.Markets.Events;
using Ledger.Store;
using Ledger.Store.Commands;
using Ledger.Store.Embedded;
using Npgsql;

namespace Ledger.Cli.Import;

/// <summary>
/// <c>ledger import</c>: reads a file of historical tender results (one row per bid) into market <c>--market</c>'s
/// stream, the import event and one event per tender in one append, so a centre brings its history and its prosecuted
/// cases (the label column) for <c>ledger evaluate</c>. A bad row stops everything with its line and reason, and
/// nothing is written; so does a file the market holds already. Exit 0 imported, 2 refused.
/// </summary>
public static class ImportCommand
{
    public static int Run(Options options, TextWriter output, CancellationToken ct = default)
    {
        options.AllowOnly([.. LedgerAccess.StoreOptions, .. LedgerAccess.SigningOptions, "--csv", "--market", "--map", "--decimal", "--person", "--organisation"]);
        var path = options.Required("--csv");
        var market = options.Required("--market");
        if (!MarketStreams.IsValidName(market))
        {
            throw new UsageException($"--market '{market}' must be non-empty, without '/' or control characters");
        }
        var style = options.Optional("--decimal") switch
        {
            null => (DecimalStyle?)null,
            "point" => DecimalStyle.Point,
            "comma" => DecimalStyle.Comma,
            var other => throw new UsageException($"--decimal '{other}' is not point or comma"),
        };
        var mapped = ColumnMap.ParseOption(options.Optional("--map"));
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read --csv {path}: {e.Message}");
        }
        MarketImport import;
        try
        {
            import = MarketFile.Read(bytes, Path.GetFileName(path), market, mapped, style);
        }
        catch (ImportException e)
        {
            throw new UsageException($"{Path.GetFileName(path)} {e.Message}; nothing imported");
        }
        var actor = new Actor(options.Optional("--person") ?? $"os:{Environment.UserName}", null, options.Optional("--organisation") ?? "centre-001", Role.CentreOperator);
        var context = new EventContext(actor, $"import/{market}/{import.History.SourceSha256[..16]}", null, new ClientInfo(null, "ledger import"));
        try
        {
            return RunAsync(options, import, context, output, ct).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is EmbeddedPostgresException or PostgresNotInstalledException or NpgsqlException or StoreUnavailableException)
        {
            throw new UsageException($"the ledger is not usable: {e.Message}; nothing imported");
        }
    }

    private static async Task<int> RunAsync(Options options, MarketImport import, EventContext context, TextWriter output, CancellationToken ct)
    {
        await using var ledger = await LedgerAccess.OpenAsync(options, append: true, ct);
        var market = import.History.Market;
        var stream = MarketStreams.MarketStream(market);
        var outcome = await new CommandRunner(ledger.Store).RunAsync(
            "import", stream, async reads => Decide(await reads.StreamAsync(stream), import), context, ct);
        if (!outcome.IsAccepted)
        {
            throw new UsageException($"{import.History.SourceFile} {outcome.Refusal}; nothing imported");
        }
        var c = CultureInfo.InvariantCulture;
        var tenders = import.Tenders.Select(t => t.Result.Collusive).ToArray();
        var (first, last) = (outcome.Promises[0].Promise.Version, outcome.Promises[^1].Promise.Version);
        output.WriteLine(string.Create(c,
            $"imported {import.History.SourceFile} (sha256 {import.History.SourceSha256[..16]}…) into market {market} in {ledger.Where}"));
        output.WriteLine(string.Create(c,
            $"{import.History.Rows} rows, {import.History.Tenders} tenders: {tenders.Count(t => t == true)} collusive, {tenders.Count(t => t == false)} competitive, {tenders.Count(t => t is null)} unlabelled"));
        output.WriteLine(string.Create(c,
            $"{outcome.Promises.Count} events appended to {stream} as versions {first}–{last}, in one transaction; the ledger's sealer (the API's, or ledger seal) seals them"));
        output.WriteLine($"read with a decimal {DecimalText.Name(import.Style)}; columns: {string.Join(", ", import.History.Columns.Select(m => $"{m.Field}='{m.Column}'"))}");
        return 0;
    }

    /// <summary>Refuses a file the market holds already, and a tender the market has from an earlier file.</summary>
    private static Decision Decide(StreamView market, MarketImport import)
    {
        var name = import.History.Market;
        var tenders = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = "";
        foreach (var e in market.Events)
        {
            switch (e)
            {
                case MarketHistoryImported earlier when earlier.SourceSha256 == import.History.SourceSha256:
                    return Decision.Refuse($"is already in market {name}: imported as {earlier.SourceFile} with the same SHA-256 {earlier.SourceSha256}");
                case MarketHistoryImported earlier:
                    file = earlier.SourceFile;
                    break;
                case TenderResultImported tender:
                    tenders[tender.TenderId] = file;
                    break;
            }
        }
        if (import.Tenders.FirstOrDefault(t => tenders.ContainsKey(t.Result.TenderId)) is { } again)
        {
            return Decision.Refuse($"line {again.Line}: tender {again.Result.TenderId} is already in market {name}, imported from {tenders[again.Result.TenderId]}");
        }
        return Decision.Accept([.. import.Events]);
    }
}
