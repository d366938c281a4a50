using System.Diagnostics;
using System.Text.RegularExpressions;
using Ledger.Store.Embedded;

namespace Ledger.Cli.Bench.Load;

/// <summary>
/// The ledger's API as a child process on a free loopback port (<c>dotnet Ledger.Api.dll --urls http://127.0.0.1:0</c>,
/// Development, a temporary data folder, the database given), stopped when disposed. A process of its own rather
/// than Kestrel inside this one: the load and the API then do not share a thread pool or a garbage collector, the
/// requests cross a real socket, and the API runs exactly as it is deployed.
/// </summary>
internal sealed partial class ChildApi : IAsyncDisposable
{
    /// <summary>The API is built beside the CLI (a project reference copies it with its runtime config).</summary>
    public const string Assembly = "Ledger.Api.dll";

    private const int TailLines = 20;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly DirectoryInfo data;
    private readonly Queue<string> tail = new();

    private ChildApi(Process process, DirectoryInfo data, DevelopmentTokens tokens)
    {
        this.process = process;
        this.data = data;
        Tokens = tokens;
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>The API's data folder, where it keeps its development keys: tokens signed by <see cref="Tokens"/> are trusted.</summary>
    public DevelopmentTokens Tokens { get; }

    /// <summary>Starts the API on <paramref name="connectionString"/> and returns once it listens (it may still be starting its store).</summary>
    public static async Task<ChildApi> StartAsync(string connectionString, CancellationToken ct)
    {
        var api = Path.Combine(AppContext.BaseDirectory, Assembly);
        if (!File.Exists(api))
        {
            throw new LoadStoppedException($"the API is not built beside the CLI ({api} is missing): build tools/Ledger.Cli, which references src/Api", 2);
        }
        var data = Directory.CreateTempSubdirectory("ledger-bench-api-");
        // Made before the API starts, so the API trusts the very key the benchmark signs with.
        var tokens = DevelopmentTokens.LoadOrCreate(data.FullName);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { api, "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Ledger__DataDirectory"] = data.FullName,
                // The variable wins over ConnectionStrings:Ledger, so an inherited one must not send the API elsewhere.
                [LedgerDatabase.ConnectionVariable] = connectionString,
                // Without appsettings the API logs every request; on a shared 2-core machine that would be measured too.
                // Its warnings stay, and the lifetime messages that say where it listens.
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            },
        };
        var child = new ChildApi(new Process { StartInfo = start }, data, tokens);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        child.process.OutputDataReceived += (_, line) => child.Heard(line.Data, listening);
        child.process.ErrorDataReceived += (_, line) => child.Heard(line.Data, null);
        try
        {
            child.process.Start();
            child.process.BeginOutputReadLine();
            child.process.BeginErrorReadLine();
            var exited = child.process.WaitForExitAsync(ct);
            var first = await Task.WhenAny(listening.Task, exited, Task.Delay(StartTimeout, ct));
            if (first != listening.Task)
            {
                throw new LoadStoppedException(
                    (exited.IsCompleted ? $"the API exited with code {child.process.ExitCode} as it started" : $"the API did not listen within {StartTimeout.TotalSeconds:F0} s")
                    + $"; its last output: {child.Tail()}", 2);
            }
            child.Url = await listening.Task;
            return child;
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Kills the API. Nothing is lost: every acknowledged event was committed before its answer, the sealer is
    /// restartable at any point, and the database is the caller's to stop.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }
        process.Dispose();
        data.Delete(recursive: true);
    }

    private void Heard(string? line, TaskCompletionSource<Uri>? listening)
    {
        if (line is null)
        {
            return;
        }
        lock (tail)
        {
            tail.Enqueue(line);
            if (tail.Count > TailLines)
            {
                tail.Dequeue();
            }
        }
        if (listening is not null && ListeningOn().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value.TrimEnd('/') + "/"));
        }
    }

    private string Tail()
    {
        lock (tail)
        {
            return tail.Count == 0 ? "(none)" : string.Join(" | ", tail.Select(l => l.Trim()).Where(l => l.Length > 0));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
