using System.Runtime.InteropServices;
using Ledger.Cli.Bench;
using Ledger.Cli.Bench.Load;
using Ledger.Store.Embedded;

namespace Ledger.Cli;

/// <summary>
/// <c>ledger bench api</c>: the API under load on loopback. <c>--clients</c> bidders, each its own organisation,
/// person, token and connection, submit and amend bids for <c>--seconds</c> as fast as the API answers; then every
/// acknowledged event's receipt is verified offline against the log's key and the events the ledger holds for the
/// run are counted against those acknowledged. Prints throughput and p50/p99 latency. Without <c>--api</c> it starts
/// the API itself as a child process on a free port, on an embedded PostgreSQL in a temporary folder (or on
/// <c>--connection</c>), and counts the events in that database; with <c>--api</c> it loads a running API (whose
/// <c>--data-directory</c> holds the development token key) and counts the events by the growth of its log.
/// Exit 0 only when commands were acknowledged under load, every receipt verifies and the counts match; 1 when not; 2 when the API cannot be used.
/// </summary>
public static class ApiBenchmark
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Long enough for set-up, load and verification.</summary>
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(2);

    /// <summary>The API's data folder, where its development token key lives, as seen from the repository's root.</summary>
    private static readonly string DefaultDataDirectory = Path.Combine("src", "Api", ".ledger");

    public static int Run(Options options, TextWriter output, TextWriter error) =>
        RunAsync(options, output, error, CancellationToken.None).GetAwaiter().GetResult();

    internal static async Task<int> RunAsync(Options options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        options.AllowOnly("--clients", "--seconds", "--tenders", "--api", "--data-directory", "--connection");
        var settings = new LoadSettings(
            options.Whole("--clients", 200, 1, 10_000), TimeSpan.FromSeconds(options.Whole("--seconds", 60, 1, 3_600)), options.Whole("--tenders", 10, 1, 10_000));
        var api = options.Optional("--api");
        if (api is null && options.Optional("--data-directory") is not null)
        {
            throw new UsageException("--data-directory goes with --api: without it the benchmark starts its own API and keys");
        }
        if (api is not null && options.Optional("--connection") is not null)
        {
            throw new UsageException("--connection goes without --api: it is the database of the API the benchmark starts");
        }
        Uri? url = null;
        if (api is not null && (!Uri.TryCreate(api, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
        {
            throw new UsageException($"--api '{api}' is not an http or https address");
        }
        var dataDirectory = Path.GetFullPath(options.Optional("--data-directory") ?? DefaultDataDirectory);
        // A key made here would be one the API does not trust: only an existing one will do.
        if (url is not null && !File.Exists(DevelopmentTokens.PathIn(dataDirectory)))
        {
            throw new UsageException($"{dataDirectory} holds no development token key ({Path.GetFileName(DevelopmentTokens.PathIn(dataDirectory))}): pass the running API's --data-directory");
        }
        // Before anything of the benchmark's own runs: what else weighs on the machine.
        var loadBefore = BenchMachine.LoadAverage();
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; load average before: {loadBefore}");
        try
        {
            var report = url is null
                ? await AgainstChildAsync(options.Optional("--connection"), settings, loadBefore, output, ct)
                : await AgainstRunningAsync(url, dataDirectory, settings, loadBefore, output, ct);
            report.Print(output);
            output.WriteLine($"load average after: {BenchMachine.LoadAverage()}");
            return report.Passed ? 0 : 1;
        }
        catch (LoadStoppedException e)
        {
            error.WriteLine($"ledger: {e.Message}");
            return e.ExitCode;
        }
        catch (HttpRequestException e) when (e.StatusCode is null)
        {
            error.WriteLine($"ledger: the API stopped answering: {e.Message}");
            return 2;
        }
    }

    private static async Task<LoadReport> AgainstChildAsync(string? connection, LoadSettings settings, string loadBefore, TextWriter output, CancellationToken ct)
    {
        await using var server = connection is null
            ? await EmbeddedPostgres.StartAsync(
                new EmbeddedPostgresOptions { DataDirectory = Directory.CreateTempSubdirectory("ledger-bench-pg-").FullName, KeepData = false, Durable = true }, ct)
            : null;
        connection ??= await server!.CreateDatabaseAsync(LedgerDatabase.EmbeddedDatabaseName, ct);
        await using var child = await ChildApi.StartAsync(connection, ct);
        output.WriteLine($"API: {child.Url} (child process, Development); database: {(server is null ? "configured server" : "embedded temporary server, durable")}");
        var target = new LoadTarget(() => Client(child.Url), actor => child.Tokens.Issue(actor, DateTimeOffset.UtcNow, TokenLifetime));
        return await LoadRun.RunAsync(target, settings, new StreamEventCount(connection), loadBefore, output, ct);
    }

    private static async Task<LoadReport> AgainstRunningAsync(Uri url, string dataDirectory, LoadSettings settings, string loadBefore, TextWriter output, CancellationToken ct)
    {
        // Relative paths resolve under the base only when it ends in '/': an API behind a path prefix keeps it.
        var baseAddress = new Uri(url.AbsoluteUri.TrimEnd('/') + "/");
        var tokens = DevelopmentTokens.LoadOrCreate(dataDirectory);
        output.WriteLine($"API: {baseAddress} (running; tokens signed with the key in {dataDirectory})");
        using var log = Client(baseAddress);
        var target = new LoadTarget(() => Client(baseAddress), actor => tokens.Issue(actor, DateTimeOffset.UtcNow, TokenLifetime));
        return await LoadRun.RunAsync(target, settings, new LogGrowthCount(log), loadBefore, output, ct);
    }

    /// <summary>A client with one connection of its own, kept for the whole run, as a bidder's machine would hold.</summary>
    private static HttpClient Client(Uri baseAddress) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = baseAddress,
            Timeout = RequestTimeout,
        };
}
