using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Markets.Events;
using Ledger.Tests.Store;
using Ledger.Tests.Support;

namespace Ledger.Tests.Markets;

/// <summary><c>ledger import</c> and <c>ledger evaluate</c> against a real PostgreSQL, through the command line.</summary>
public sealed class an_import_is_one_append_that_a_repeat_cannot_make_twice(PostgresFixture postgres) : IDisposable
{
    private static readonly string MarketCsv = GeneratedMarket.Csv(GeneratedMarket.Create(90, seed: 42));

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ledger-markets-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task every_tender_of_a_file_is_appended_after_the_import_event_in_one_transaction()
    {
        var connection = await postgres.DatabaseFor(this, "append");
        var file = Write("results.csv", MarketCsv);

        var (code, output, error) = Import(connection, file, "gansu");

        Assert.True(code == 0, output + error);
        Assert.Contains($"{MarketCsv.Count(c => c == '\n') - 1} rows, 90 tenders: 30 collusive, 60 competitive, 0 unlabelled", output);
        var events = await StreamAsync(connection, "market/gansu");
        Assert.Equal(91, events.Count);
        var history = Assert.IsType<MarketHistoryImported>(events[0].Data);
        Assert.Equal(("gansu", "results.csv", Sha256(MarketCsv), 90), (history.Market, history.SourceFile, history.SourceSha256, history.Tenders));
        var tenders = events.Skip(1).Select(e => Assert.IsType<TenderResultImported>(e.Data)).ToArray();
        Assert.Equal(Enumerable.Range(1, 90).Select(i => $"T-{i:000}"), tenders.Select(t => t.TenderId));
        Assert.Equal(Enumerable.Range(1, 91).Select(v => (long)v), events.Select(e => e.Version));
        Assert.Single(events.Select(e => e.Timestamp).Distinct());
    }

    [Fact]
    public async Task imported_events_hash_back_to_their_canonical_form()
    {
        var connection = await postgres.DatabaseFor(this, "canonical");
        var file = Write("times.csv", Csv.File("T-1,2024年3月5日 9:30,甲公司,\"1,234.5\",是,2000,兰州新区,1", "T-1,2024年3月5日 09:30:00,乙公司,1300,否,2000,兰州新区,"));
        Assert.Equal(0, Import(connection, file, "gansu").Code);

        var verified = Run("verify-store", "--connection", connection, "--key", KeyFile() + ".vkey");

        Assert.True(verified.Code == 0, verified.Output + verified.Error);
        var tender = Assert.IsType<TenderResultImported>((await StreamAsync(connection, "market/gansu"))[1].Data);
        Assert.Equal((new DateOnly(2024, 3, 5), new TimeOnly(9, 30), 1234.5m, true), (tender.Date, tender.Time, tender.Bids[0].Amount, tender.Collusive));
    }

    [Fact]
    public async Task the_same_file_again_is_refused_under_any_name_and_writes_nothing()
    {
        var connection = await postgres.DatabaseFor(this, "repeat");
        Assert.Equal(0, Import(connection, Write("results.csv", MarketCsv), "gansu").Code);

        var (code, output, error) = Import(connection, Write("renamed.csv", MarketCsv), "gansu");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith($"ledger: renamed.csv is already in market gansu: imported as results.csv with the same SHA-256 {Sha256(MarketCsv)}; nothing imported", error);
        Assert.Equal(91, (await StreamAsync(connection, "market/gansu")).Count);
    }

    [Fact]
    public async Task a_failed_import_writes_nothing_and_a_later_file_appends_after_the_first()
    {
        var connection = await postgres.DatabaseFor(this, "failed");
        var bad = Write("bad.csv", Csv.File("T-1,2024-03-05,A,100,1,,620100,", "T-1,2024-03-05,B,110,0,,620100,", "T-2,2024-03-05,A,1x0,1,,620100,"));

        var (code, _, error) = Import(connection, bad, "gansu");

        Assert.Equal(2, code);
        Assert.StartsWith("ledger: bad.csv line 4: amount '1x0' is not a number; nothing imported", error);
        Assert.Empty(await StreamAsync(connection, "market/gansu"));

        Assert.Equal(0, Import(connection, Write("first.csv", Csv.File("T-1,2024-03-05,A,100,1,,620100,")), "gansu").Code);
        var overlapping = Write("overlap.csv", Csv.File("T-2,2024-03-06,A,100,1,,620100,", "T-1,2024-03-05,A,100,1,,620100,"));
        (code, _, error) = Import(connection, overlapping, "gansu");
        Assert.Equal(2, code);
        Assert.StartsWith("ledger: overlap.csv line 3: tender T-1 is already in market gansu, imported from first.csv; nothing imported", error);
        Assert.Equal(2, (await StreamAsync(connection, "market/gansu")).Count);

        Assert.Equal(0, Import(connection, Write("second.csv", Csv.File("T-2,2024-03-06,A,100,1,,620100,")), "gansu").Code);
        var events = await StreamAsync(connection, "market/gansu");
        Assert.Equal(["MarketHistoryImported", "TenderResultImported", "MarketHistoryImported", "TenderResultImported"], events.Select(e => e.Data.GetType().Name));
    }

    [Fact]
    public async Task evaluate_prints_the_rules_and_the_learned_score_as_a_table_or_as_json()
    {
        var connection = await postgres.DatabaseFor(this, "evaluate");
        Assert.Equal(0, Import(connection, Write("results.csv", MarketCsv), "gansu").Code);

        var table = Run("evaluate", "--market", "gansu", "--connection", connection);
        var json = Run("evaluate", "--json", "--market", "gansu", "--connection", connection, "--folds", "3", "--seed", "7");

        Assert.True(table.Code == 0, table.Output + table.Error);
        Assert.StartsWith("imported market gansu (1 file): 90 tenders, 90 labelled, 30 of them collusive;", table.Output);
        Assert.Matches(@"\| bid\.cv-low +\| 投标报价离散度异常偏低 +\| +90 \|", table.Output);
        Assert.Contains("| combined.learned ", table.Output);
        Assert.True(json.Code == 0, json.Output + json.Error);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal((3, 7UL), (document.RootElement.GetProperty("folds").GetInt32(), document.RootElement.GetProperty("seed").GetUInt64()));
        var auc = document.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!, r => r.GetProperty("rocAuc").GetDouble());
        Assert.True(auc["bid.cv-low"] > 0.85 && auc["bid.rd-high"] > 0.85 && auc["combined.learned"] > 0.85, json.Output);
    }

    [Theory]
    [InlineData("evaluate", "--market", "nowhere", "--connection", "*", "ledger: market nowhere has no imported tenders: import its history with ledger import --csv <file> --market nowhere")]
    [InlineData("evaluate", "--market", "a/b", "--connection", "*", "ledger: --market 'a/b' must be non-empty, without '/' or control characters")]
    [InlineData("evaluate", "--market", "m", "--folds", "1", "ledger: --folds '1' is not a whole number from 2 to 100")]
    [InlineData("import", "--csv", "missing.csv", "--market", "m", "ledger: cannot read --csv missing.csv:")]
    [InlineData("import", "--csv", "x.csv", "--market", "m", "--decimal", "dot", "ledger: --decimal 'dot' is not point or comma")]
    [InlineData("import", "--market", "m", "ledger: option --csv is required")]
    public async Task bad_arguments_exit_2_with_one_line(params string[] args)
    {
        var connection = await postgres.DatabaseFor(this, "arguments");

        var (code, output, error) = Run([.. args[..^1].Select(a => a == "*" ? connection : a)]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith(args[^1], error);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private (int Code, string Output, string Error) Import(string connection, string file, string market) =>
        Run("import", "--csv", file, "--market", market, "--connection", connection, "--key-file", KeyFile(), "--person", "op-import-7");

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = Cli.Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string KeyFile()
    {
        var path = Path.Combine(folder.FullName, "log.key");
        if (!File.Exists(path))
        {
            SignerKeyLoader.WriteNew(path, SignerKey.Generate(TestLedger.Origin, CryptoSuite.Intl.Signature));
        }
        return path;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<IReadOnlyList<JasperFx.Events.IEvent>> StreamAsync(string connection, string stream)
    {
        await using var store = await TestLedger.OpenAsync(connection, "ledger");
        await using var session = store.Marten.QuerySession();
        return await session.Events.FetchStreamAsync(stream, token: Ct);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
