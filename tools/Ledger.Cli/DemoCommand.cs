using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Ledger.Actions;
using Ledger.Cli.Demo;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Packages;
using Ledger.Store.Embedded;

namespace Ledger.Cli;

/// <summary>
/// <c>ledger demo</c>: a new user's first five minutes. Drives a realistic sample through a running API, one
/// tender, one business-address registration and one administrative approval, each action sent with a development token
/// of its actor's role, printing a line per action and the reasons of what the rules refuse (a sealed bid read before the
/// opening among them); then waits for sealing, checks every accepted event's receipt with the verifier's code against
/// the log's key, and, as a court, exports the tender's evidence package to a file (<c>evidence package: PATH</c>) and
/// checks it too. Exit 0 when everything verifies, 1 when something does not (or the story cannot go on), 2 when the API
/// is not there to talk to.
/// </summary>
public static class DemoCommand
{
    public const string DefaultApi = "http://127.0.0.1:5080";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The API's data folder, where its development token key lives, as seen from the repository's root.</summary>
    private static readonly string DefaultDataDirectory = Path.Combine("src", "Api", ".ledger");

    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        options.AllowOnly("--api", "--data-directory", "--out");
        var api = options.Optional("--api") ?? DefaultApi;
        if (!Uri.TryCreate(api, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--api '{api}' is not an http or https address");
        }
        // Relative paths resolve under the base only when it ends in '/': an API behind a path prefix keeps it.
        using var http = new HttpClient { BaseAddress = new Uri(uri.AbsoluteUri.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
        var tokens = DevelopmentTokens.LoadOrCreate(Path.GetFullPath(options.Optional("--data-directory") ?? DefaultDataDirectory));
        var folder = options.Optional("--out") is { } given ? Path.GetFullPath(given) : Directory.CreateTempSubdirectory("ledger-demo-").FullName;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--out folder {folder} does not exist");
        }
        return RunAsync(http, actor => tokens.Issue(actor, DateTimeOffset.UtcNow, TokenLifetime), Task.Delay, folder, output, error, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <param name="http">A client whose base address is the API.</param>
    /// <param name="tokenFor">A bearer token the API trusts for an actor: each action is sent as its own person and role.</param>
    /// <param name="letTimePass">Lets the ledger's clock move on by at least the given time: sleeping, against a live
    /// API; advancing its fake clock, against one hosted in a test.</param>
    internal static async Task<int> RunAsync(
        HttpClient http, Func<Actor, string> tokenFor, Func<TimeSpan, CancellationToken, Task> letTimePass, string packageFolder, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var url = http.BaseAddress!.AbsoluteUri.TrimEnd('/');
        try
        {
            await WaitUntilReadyAsync(http, url, output, ct);
            // Every run records new tenders, properties and cases, so the demo can run again on the same ledger.
            var run = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
            output.WriteLine($"ledger demo against {url} (run {run}): every line below is one action sent to the ledger");
            var api = new DemoApi(http, tokenFor, output, letTimePass, ct);
            var tender = await TenderStory.RunAsync(api, run);
            await AddressStory.RunAsync(api, run);
            await ApprovalStory.RunAsync(api, run);
            // The receipts are checked as the centre's auditor would: a role that may see every event's receipt.
            var auditor = tokenFor(new Actor("demo-auditor", null, "audit-office", Role.Auditor));
            var receipts = await ReceiptCheck.RunAsync(http, auditor, api.Appended, output, ct);
            if (receipts != 0)
            {
                return receipts;
            }
            return await ExportAsync(http, api, tender, packageFolder, output, ct);
        }
        catch (Exception e) when (e is HttpRequestException { StatusCode: null } || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            error.WriteLine($"ledger: the API at {url} is not answering; start it with: dotnet run --project src/Api");
            return 2;
        }
        catch (DemoStoppedException e)
        {
            error.WriteLine($"ledger: {e.Message}");
            return e.ExitCode;
        }
    }

    /// <summary>
    /// The court's step: the tender's evidence package exported for a case, written to <paramref name="folder"/> and checked
    /// with the offline verifier's code against the log's keys, as a court's expert would with <c>ledger-verify package</c>.
    /// </summary>
    private static async Task<int> ExportAsync(HttpClient http, DemoApi api, string tender, string folder, TextWriter output, CancellationToken ct)
    {
        output.WriteLine($"证据包 · the court exports tender {tender} for its case file");
        var court = new Actor("judge-demo", null, "兰州市中级人民法院", Role.Court);
        var path = await api.ExportTenderAsync(court, tender, "(2026)甘01刑初12号", folder, TimeSpan.FromSeconds(30));
        var keys = await ReceiptCheck.LogKeysAsync(http, ct);
        var verified = PackageVerifier.Verify(await File.ReadAllBytesAsync(path, ct), Keyring.Trusting(keys));
        if (!verified.IsValid)
        {
            output.WriteLine($"  ✗ the evidence package does not verify: {verified.Failure}");
            return 1;
        }
        output.WriteLine($"  ✓ {verified.Value!.Manifest.Events.Count} events, verification code {verified.Value.VerificationCode}; check it offline with: dotnet run --project tools/Ledger.Verify -- package --key \"$(curl -s {http.BaseAddress}log/key)\" {path}");
        output.WriteLine($"evidence package: {path}");
        return 0;
    }

    /// <summary>A user often starts the API and the demo together: wait while the API starts its database and sealer.</summary>
    private static async Task WaitUntilReadyAsync(HttpClient http, string url, TextWriter output, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        var said = false;
        while (true)
        {
            using var response = await http.GetAsync("health/ready", ct);
            if (response.IsSuccessStatusCode)
            {
                return;
            }
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || waited.Elapsed > ReadyTimeout)
            {
                throw new DemoStoppedException($"the API at {url} is not ready: GET /health/ready answered {(int)response.StatusCode} after {waited.Elapsed.TotalSeconds:0} s", 2);
            }
            if (!said)
            {
                output.WriteLine($"waiting for the ledger at {url} to start its store and sealer …");
                said = true;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }
}
