using System.Globalization;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Store;
using Ledger.Store.Embedded;
using Npgsql;

namespace Ledger.Cli.Simulate;

/// <summary>
/// <c>ledger simulate</c>: a seeded market of tenders, business addresses and approval cases with planted misconduct,
/// recorded through the same commands and rules as the API, and its ground truth written beside it
/// (<see cref="GroundTruth"/>). With no <c>--connection</c> it records in the store the API uses (<c>LEDGER_CONNECTION</c>,
/// else the embedded server in <c>--data</c>, default <c>src/Api/.ledger/pgdata</c>), signed with the API's development
/// key in that folder unless <c>--key-file</c> or <c>LEDGER_SIGNING_KEY</c> gives one. Exit 0 recorded, 1 a command was
/// refused (a simulator bug), 2 unusable arguments or store.
/// </summary>
public static class SimulateCommand
{
    public const string Usage =
        "ledger simulate --market <name> [--seed <n>] [--tenders <n>] [--bidders <n>] [--rate <0..1>] [--subtlety <0..1>] [--truth <file>] [--connection <npgsql> | --data <pgdata-folder>] [--schema <name>] [--key-file <file>]";

    private const string DevelopmentOrigin = "ledger.localhost/dev-centre";

    private static readonly string DefaultData = Path.Combine("src", "Api", ".ledger", "pgdata");

    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        options.AllowOnly("--market", "--seed", "--tenders", "--bidders", "--rate", "--subtlety", "--truth", "--connection", "--data", "--schema", "--key-file");
        if (options.Optional("--connection") is not null && options.Optional("--data") is not null)
        {
            throw new UsageException("give --connection or --data, not both");
        }
        var parameters = new SimulationParameters(
            options.Required("--market"),
            Whole(options, "--seed", 1),
            Whole(options, "--tenders", SimulationParameters.DefaultTenders),
            Whole(options, "--bidders", SimulationParameters.DefaultBidders),
            Fraction(options, "--rate", SimulationParameters.DefaultRate),
            Fraction(options, "--subtlety", SimulationParameters.DefaultSubtlety),
            SimulationParameters.DefaultStart);
        if (parameters.Problem() is { } problem)
        {
            throw new UsageException(problem);
        }
        var truth = Path.GetFullPath(options.Optional("--truth") ?? $"{parameters.Market}.truth.json");
        try
        {
            return RunAsync(options, parameters, truth, output, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (SimulationRefusedException e)
        {
            error.WriteLine($"ledger simulate: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is EmbeddedPostgresException or PostgresNotInstalledException or NpgsqlException or StoreUnavailableException)
        {
            error.WriteLine($"ledger simulate: {e.Message}");
            return 2;
        }
    }

    private static async Task<int> RunAsync(Options options, SimulationParameters parameters, string truth, TextWriter output, CancellationToken ct)
    {
        var data = Path.GetFullPath(options.Optional("--data") ?? DefaultData);
        var connection = options.Optional("--connection");
        await using var server = connection is null ? await LedgerDatabase.OpenAsync(null, new EmbeddedPostgresOptions { DataDirectory = data }, ct) : null;
        var where = connection is not null ? "the configured database" : server!.Embedded is null ? LedgerDatabase.ConnectionVariable : $"the embedded store in {data}";
        var key = Key(options, data, output);
        var schema = options.Optional("--schema") ?? "ledger";
        output.WriteLine($"ledger simulate: market {parameters.Market}, {parameters.Tenders:N0} tenders, {parameters.Bidders:N0} bidders, into schema {schema} of {where}");
        var summary = await Simulator.RunAsync(new LedgerStoreOptions
        {
            ConnectionString = connection ?? server!.ConnectionString,
            Schema = schema,
            Origin = key.Name,
            Suite = key.Scheme == CryptoSuite.Gm.Signature ? CryptoSuite.Gm : CryptoSuite.Intl,
            SigningKeys = [key],
        }, parameters, output, ct);
        TruthFile.Write(truth, summary.Truth);
        summary.Print(output);
        output.WriteLine($"truth: {truth}");
        return 0;
    }

    /// <summary>As the API finds its key: <c>--key-file</c>, <c>LEDGER_SIGNING_KEY</c>, else the development key beside the data folder, made once.</summary>
    private static SignerKey Key(Options options, string data, TextWriter output)
    {
        try
        {
            if (options.Optional("--key-file") is { } file)
            {
                return SignerKeyLoader.FromFile(file);
            }
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("LEDGER_SIGNING_KEY")))
            {
                return SignerKeyLoader.FromEnvironment("LEDGER_SIGNING_KEY");
            }
            var folder = Path.GetDirectoryName(data)!;
            var key = DevelopmentKey.LoadOrCreate(folder, DevelopmentOrigin, CryptoSuite.Intl, out var created);
            if (created)
            {
                output.WriteLine($"generated a development signing key; its verifier key is in {DevelopmentKey.PathIn(folder, CryptoSuite.Intl)}.vkey");
            }
            return key;
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static int Whole(Options options, string name, int fallback) =>
        options.Optional(name) is not { } text ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw new UsageException($"{name} '{text}' is not a whole number");

    private static double Fraction(Options options, string name, double fallback) =>
        options.Optional(name) is not { } text ? fallback
        : double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value
        : throw new UsageException($"{name} '{text}' is not a number from 0 to 1");
}
