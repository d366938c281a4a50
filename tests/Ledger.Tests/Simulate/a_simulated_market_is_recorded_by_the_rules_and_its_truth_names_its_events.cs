using Ledger.Cli.Simulate;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Simulate;

public sealed class a_simulated_market_is_recorded_by_the_rules_and_its_truth_names_its_events(PostgresFixture postgres) : IDisposable
{
    private static readonly string[] Kinds =
    [
        "address.crowded", "address.negative-list-hit", "address.withdrawn-certificate",
        "approval.over-promised-limit", "approval.over-statutory-limit", "approval.same-official-both-sides", "approval.too-fast",
        "bid.cv-low",
        "collusion.ceiling-ratios", "collusion.cover-bidding", "collusion.identical-document", "collusion.identical-prices", "collusion.price-steps",
        "collusion.rotation", "collusion.same-agent", "collusion.same-contact", "collusion.same-deposit-account", "collusion.same-project-manager",
        "collusion.shared-feature-code",
        "reads.amend-after-read", "reads.panel-before-result", "reads.sealed-bid-before-opening",
        "score.evaluator-deviation", "score.fast-evaluation",
    ];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ledger-simulate-");

    [Fact]
    public async Task every_kind_is_planted_in_events_the_store_holds()
    {
        var connection = await postgres.DatabaseFor(this);
        var key = SignerKey.Generate(SimulatedMarket.Origin, CryptoSuite.Intl.Signature);
        var keyFile = Path.Combine(folder.FullName, "simulate.key");
        SignerKeyLoader.WriteNew(keyFile, key);
        var truthFile = Path.Combine(folder.FullName, "t-small.truth.json");
        string[] args =
        [
            "simulate", "--market", "t-small", "--seed", "7", "--tenders", "44", "--bidders", "60", "--rate", "0.5", "--subtlety", "0.3",
            "--connection", connection, "--key-file", keyFile, "--truth", truthFile,
        ];
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = Cli.Cli.Run(args, output, error);

        Assert.True(code == 0, $"{output}\n{error}");
        Assert.Contains("all sealed", output.ToString());
        var truth = TruthFile.Read(truthFile);
        Assert.Equal(Kinds, truth.Cases.Select(c => c.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(44, truth.Tenders.Count);
        Assert.All(truth.Cases, c => Assert.NotEmpty(c.Events));
        var labels = truth.Tenders.ToDictionary(t => t.TenderId);
        Assert.All(truth.Cases.Where(c => c.Tenders.Count > 0), c => Assert.All(c.Tenders, t => Assert.Contains(c.Kind, labels[t].Kinds)));
        Assert.Contains(truth.Tenders, t => !t.Collusive);

        await using var db = NpgsqlDataSource.Create(connection);
        Guid[] named = [.. truth.Cases.SelectMany(c => c.Events).Distinct()];
        Assert.Equal(named.Length, await CountAsync(db, "SELECT count(*) FROM ledger.ledger_events WHERE event_id = ANY($1)", named));
        Assert.Equal(44, await CountAsync(db, "SELECT count(DISTINCT stream) FROM ledger.ledger_events WHERE starts_with(stream, $1)", "tender/t-small-T"));
        // A refused command would have been recorded in its actor's trail, and stopped the run; reads are recorded there too.
        Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM ledger.ledger_events WHERE starts_with(stream, $1) AND type = 'ActionRefused'", "trail/"));
        Assert.True(await CountAsync(db, "SELECT count(*) FROM ledger.ledger_events WHERE starts_with(stream, $1) AND type = 'DataRead'", "trail/") > 44);

        var again = new StringWriter();
        Assert.Equal(2, Cli.Cli.Run(args, TextWriter.Null, again));
        Assert.Contains("already holds market t-small", again.ToString());
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static async Task<long> CountAsync(NpgsqlDataSource db, string sql, object parameter)
    {
        await using var command = db.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return (long)(await command.ExecuteScalarAsync(SimulatedMarket.Ct))!;
    }
}
