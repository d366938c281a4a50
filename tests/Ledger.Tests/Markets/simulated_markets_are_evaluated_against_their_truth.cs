using System.Text.Json;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Tests.Simulate;
using Ledger.Tests.Support;

namespace Ledger.Tests.Markets;

public sealed class simulated_markets_are_evaluated_against_their_truth(PostgresFixture postgres) : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ledger-evaluate-simulated-");

    [Fact]
    public async Task the_identifier_rules_find_every_tender_planted_for_them_and_the_learned_score_is_printed()
    {
        var connection = await postgres.DatabaseFor(this);
        var keyFile = Path.Combine(folder.FullName, "simulate.key");
        SignerKeyLoader.WriteNew(keyFile, SignerKey.Generate(SimulatedMarket.Origin, CryptoSuite.Intl.Signature));
        var truth = Path.Combine(folder.FullName, "e-small.truth.json");
        var (simulated, simulateError) = (new StringWriter(), new StringWriter());
        Assert.True(
            Cli.Cli.Run(
                [
                    "simulate", "--market", "e-small", "--seed", "7", "--tenders", "44", "--bidders", "60", "--rate", "0.5", "--subtlety", "0.3",
                    "--connection", connection, "--key-file", keyFile, "--truth", truth,
                ], simulated, simulateError) == 0,
            $"{simulated}\n{simulateError}");
        var (table, error) = (new StringWriter(), new StringWriter());

        var code = Cli.Cli.Run(["evaluate", "--market", "e-small", "--truth", truth, "--connection", connection], table, error);

        Assert.True(code == 0, $"{table}\n{error}");
        var text = table.ToString();
        // The simulator runs no projection daemon, so the first evaluation builds the detectors' documents and says so.
        Assert.Contains("rebuilding every projection", text);
        Assert.Contains("simulated market e-small (seed 7", text);
        Assert.Contains("| combined.learned ", text);
        Assert.Contains("planted recall", text);

        var json = new StringWriter();
        Assert.Equal(0, Cli.Cli.Run(["evaluate", "--market", "e-small", "--truth", truth, "--connection", connection, "--json"], json, error));
        using var report = JsonDocument.Parse(json.ToString());
        var rows = report.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!);
        Assert.Equal((44, 44), (report.RootElement.GetProperty("tenders").GetInt32(), report.RootElement.GetProperty("labelled").GetInt32()));
        foreach (var rule in (string[])
        [
            "collusion.shared-feature-code", "collusion.identical-document", "collusion.same-deposit-account",
            "collusion.same-project-manager", "collusion.same-contact",
        ])
        {
            var planted = rows[rule].GetProperty("planted");
            Assert.True(planted.GetProperty("planted").GetInt32() > 0, $"{rule} was not planted");
            Assert.True(planted.GetProperty("recall").GetDouble() == 1.0, $"{rule}: planted recall {planted}");
        }
        Assert.True(rows["combined.learned"].GetProperty("rocAuc").GetDouble() > 0.5, rows["combined.learned"].ToString());
    }

    [Fact]
    public void a_truth_of_another_market_is_refused()
    {
        var truth = Path.Combine(folder.FullName, "other.truth.json");
        File.WriteAllText(truth, """{"format":"ledger-simulation-truth/v1","market":"other","seed":1,"parameters":null,"schema":"ledger","tenders":[],"cases":[],"skipped":[]}""");
        var error = new StringWriter();

        var code = Cli.Cli.Run(["evaluate", "--market", "e-small", "--truth", truth, "--connection", "Host=127.0.0.1;Port=1"], TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.Contains("is the truth of market other, not e-small", error.ToString());
    }

    public void Dispose() => folder.Delete(recursive: true);
}
