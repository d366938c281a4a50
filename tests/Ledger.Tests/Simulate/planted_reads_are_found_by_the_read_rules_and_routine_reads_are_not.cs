using System.Text.Json;
using Ledger.Access;
using Ledger.Actions;
using Ledger.Cli.Simulate;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Projections.Detectors.Reads;
using Ledger.Tests.Support;

namespace Ledger.Tests.Simulate;

public sealed class planted_reads_are_found_by_the_read_rules_and_routine_reads_are_not(PostgresFixture postgres) : IDisposable
{
    private static readonly string[] ReadRules = [ReadDetector.SealedBidBeforeOpening.Id, ReadDetector.PanelBeforeResult.Id, ReadDetector.AmendAfterRead.Id];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ledger-simulate-reads-");

    [Fact]
    public void the_plan_puts_every_planted_read_before_the_opening_and_every_routine_read_where_the_law_allows_it()
    {
        var plan = MarketPlanner.Plan(SimulatedMarket.Small("t-reads", seed: 3, tenders: 40));
        var window = new ReadThresholds().AmendmentWindow;

        var planted = plan.Planted.Where(c => c.Kind.StartsWith("reads.", StringComparison.Ordinal)).ToList();
        Assert.Equal(ReadRules.Order(), planted.Select(c => c.Kind).Distinct().Order());
        foreach (var tender in plan.Tenders)
        {
            var reads = tender.Reads.ToDictionary(r => r.Ref);
            var unlawful = planted.Where(c => c.Tenders.Contains(tender.TenderId)).SelectMany(c => c.Events).Where(reads.ContainsKey).Select(e => reads[e]).ToHashSet();
            Assert.All(unlawful, r => Assert.Equal(AccessOutcome.Denied, r.Outcome));
            Assert.All(unlawful, r => Assert.True(r.At < tender.OpenAt, $"{r.Detail} at {r.At}, opened {tender.OpenAt}"));
            foreach (var routine in tender.Reads.Except(unlawful))
            {
                Assert.Equal(AccessOutcome.Granted, routine.Outcome);
                var ownBid = routine.Subject.Kind == ReadKind.SealedBid && routine.Subject.BidderId == routine.Reader.Organisation;
                Assert.True(ownBid || routine.At > tender.OpenAt, $"{routine.Detail}: {routine.Subject} by {routine.Reader.Role} at {routine.At}, opened {tender.OpenAt}");
                Assert.True(routine.Subject.Kind != ReadKind.ExpertPanel || routine.Reader.Role is Role.Supervisor or Role.DisciplineInspector || routine.At > tender.CandidatesAt,
                    routine.Detail);
            }
            if (tender.Kinds.Contains(ReadDetector.AmendAfterRead.Id))
            {
                var amendment = tender.Bid(tender.WinnerId).Amendment!;
                var last = unlawful.Max(r => r.At);
                Assert.InRange(amendment.At - last, TimeSpan.Zero, window);
            }
        }
    }

    [Fact]
    public async Task with_full_recall_and_precision_on_a_small_market()
    {
        var connection = await postgres.DatabaseFor(this);
        var keyFile = Path.Combine(folder.FullName, "simulate.key");
        SignerKeyLoader.WriteNew(keyFile, SignerKey.Generate(SimulatedMarket.Origin, CryptoSuite.Intl.Signature));
        var truth = Path.Combine(folder.FullName, "r-small.truth.json");
        var (output, error) = (new StringWriter(), new StringWriter());
        Assert.True(
            Cli.Cli.Run(
                [
                    "simulate", "--market", "r-small", "--seed", "5", "--tenders", "40", "--bidders", "60", "--rate", "0.5", "--subtlety", "0.5",
                    "--connection", connection, "--key-file", keyFile, "--truth", truth,
                ], output, error) == 0,
            $"{output}\n{error}");
        var json = new StringWriter();

        Assert.Equal(0, Cli.Cli.Run(["evaluate", "--market", "r-small", "--truth", truth, "--connection", connection, "--json"], json, error));

        using var report = JsonDocument.Parse(json.ToString());
        var rows = report.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!);
        foreach (var rule in ReadRules)
        {
            var planted = rows[rule].GetProperty("planted");
            Assert.True(planted.GetProperty("planted").GetInt32() > 0, $"{rule} was not planted");
            Assert.True(planted.GetProperty("recall").GetDouble() == 1.0, $"{rule}: planted recall {planted}");
            Assert.True(rows[rule].GetProperty("precision").GetDouble() == 1.0, $"{rule}: {rows[rule]}");
        }
    }

    public void Dispose() => folder.Delete(recursive: true);
}
