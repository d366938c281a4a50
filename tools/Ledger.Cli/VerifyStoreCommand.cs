using System.Globalization;
using Ledger.Evidence.Notes;
using Ledger.Store.Embedded;
using Ledger.Store.Verification;
using Npgsql;

namespace Ledger.Cli;

/// <summary>
/// <c>ledger verify-store</c>: checks the whole store against its signed blocks under the log's verifier
/// key(s) and prints a summary and every finding, first problem first. Exit 0 clean, 1 tampered, 2 unusable.
/// With no <c>--connection</c> it opens the store the API uses: <c>LEDGER_CONNECTION</c>, else the embedded
/// server in the API's data folder (<c>--data</c>, default <c>src/Api/.ledger/pgdata</c> under the current folder).
/// </summary>
public static class VerifyStoreCommand
{
    public const string Usage = "ledger verify-store --key <vkey|vkey-file> [--key …] [--connection <npgsql>] [--data <pgdata-folder>] [--schema <name>]";

    private static readonly string DefaultData = Path.Combine("src", "Api", ".ledger", "pgdata");

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var (keys, options) = Parse(args);
        try
        {
            return RunAsync(keys, options, output, ct).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is StoreUnusableException or EmbeddedPostgresException or PostgresNotInstalledException or NpgsqlException or PlatformNotSupportedException)
        {
            error.WriteLine($"ledger verify-store: {e.Message}");
            return 2;
        }
    }

    private static async Task<int> RunAsync(IReadOnlyList<VerifierKey> keys, Options options, TextWriter output, CancellationToken ct)
    {
        var schema = options.Optional("--schema") ?? "ledger";
        if (options.Optional("--connection") is { } connection)
        {
            return Print(await StoreVerifier.VerifyAsync(connection, schema, keys, ct), schema, "the configured database", output);
        }
        var data = Path.GetFullPath(options.Optional("--data") ?? DefaultData);
        var configured = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(LedgerDatabase.ConnectionVariable));
        if (!configured && !File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            // Starting the embedded server on an empty folder would create a store, not find one.
            throw new StoreUnusableException($"no store at {data}: give --connection, or --data with the API's data folder (.ledger/pgdata)");
        }
        await using var server = await LedgerDatabase.OpenAsync(null, new EmbeddedPostgresOptions { DataDirectory = data }, ct);
        var where = configured ? LedgerDatabase.ConnectionVariable : $"the embedded store in {data}";
        return Print(await StoreVerifier.VerifyAsync(server.ConnectionString, schema, keys, ct), schema, where, output);
    }

    private static int Print(StoreReport report, string schema, string where, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"verified schema {schema} in {where}"));
        output.WriteLine(string.Create(c,
            $"{report.Events:N0} events in {report.Streams:N0} streams ({report.Pending:N0} waiting to be sealed), {report.Blocks:N0} blocks, {report.Leaves:N0} leaves in {report.Elapsed.TotalSeconds:F2} s: {report.EventsPerSecond:N0} events/s"));
        if (report.IsClean)
        {
            output.WriteLine("clean: every event, chain, tree node and block holds");
            return 0;
        }
        var total = report.Findings.Count + report.FindingsOmitted;
        output.WriteLine(string.Create(c, $"tampered: {total:N0} finding(s), first problem first"));
        foreach (var finding in report.Findings)
        {
            output.WriteLine($"  {Words(finding.Kind)} at {finding.Location}: {finding.Message}");
        }
        if (report.FindingsOmitted > 0)
        {
            output.WriteLine(string.Create(c, $"  … and {report.FindingsOmitted:N0} more"));
        }
        return 1;
    }

    private static string Words(FindingKind kind) => kind switch
    {
        FindingKind.EventModified => "event modified",
        FindingKind.EventDeleted => "event deleted",
        FindingKind.EventInserted => "event inserted",
        FindingKind.OrderChanged => "order changed",
        FindingKind.BlockAltered => "block altered",
        FindingKind.TreeAltered => "tree altered",
        _ => kind.ToString(),
    };

    /// <summary>Takes out the repeatable <c>--key</c>; the other options are given at most once.</summary>
    private static (IReadOnlyList<VerifierKey> Keys, Options Options) Parse(IReadOnlyList<string> args)
    {
        var keys = new List<VerifierKey>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] != "--key")
            {
                rest.Add(args[i]);
                continue;
            }
            if (++i >= args.Count)
            {
                throw new UsageException("option --key needs a value");
            }
            keys.AddRange(Keys(args[i]));
        }
        var options = Options.Parse(rest);
        options.AllowOnly("--connection", "--data", "--schema");
        if (keys.Count == 0)
        {
            throw new UsageException("option --key is required: the log's verifier key, or a file holding it");
        }
        return (keys, options);
    }

    /// <summary>A verifier key given inline, or a file of them one per line (as <c>ledger keys generate</c> writes).</summary>
    private static IEnumerable<VerifierKey> Keys(string value)
    {
        if (VerifierKey.TryParse(value, out var key, out var error))
        {
            return [key];
        }
        if (!File.Exists(value))
        {
            throw new UsageException($"--key '{value}' is neither a verifier key nor a file: {error}");
        }
        var keys = new List<VerifierKey>();
        foreach (var line in File.ReadAllLines(value).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            keys.Add(VerifierKey.TryParse(line, out key, out error) ? key : throw new UsageException($"--key file {value}: {error}"));
        }
        return keys.Count > 0 ? keys : throw new UsageException($"--key file {value} holds no key");
    }
}
