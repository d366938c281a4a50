using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Ledger.Store.Embedded;

/// <summary>
/// A private PostgreSQL run from the machine's own binaries in a data folder the program owns, on a
/// loopback port with trust authentication: the store's default when no connection is configured, and
/// the throwaway server of a test run. Disposing stops it; a watchdog process stops it as well if this
/// process ends without disposing (killed, crashed, interrupted), so no server outlives its owner.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string Superuser = "postgres";
    private const string PidFile = "postmaster.pid";

    private readonly PostgresBinaries binaries;
    private readonly EmbeddedPostgresOptions options;
    private readonly Process? watchdog;
    private int disposed;

    private EmbeddedPostgres(PostgresBinaries binaries, EmbeddedPostgresOptions options, string dataDirectory, int port, Process? watchdog)
    {
        this.binaries = binaries;
        this.options = options;
        this.watchdog = watchdog;
        DataDirectory = dataDirectory;
        Port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = port,
            Username = Superuser,
            Database = "postgres",
        }.ConnectionString;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    /// <summary>The server's maintenance database, as the superuser.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// False when a live process had already started a server on this data folder: this one then only
    /// connects to it, and disposing leaves it to its owner.
    /// </summary>
    public bool Owned => watchdog is not null;

    /// <summary>
    /// Initialises the cluster if the folder is not one yet, and starts the server, or connects to the
    /// one a live process runs on the folder. A server left running by a process that has died is
    /// stopped and started afresh.
    /// </summary>
    /// <exception cref="PostgresNotInstalledException">No initdb and pg_ctl where they were looked for.</exception>
    /// <exception cref="EmbeddedPostgresException">Set-up or start failed; the message quotes PostgreSQL.</exception>
    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The embedded PostgreSQL runs on Linux and macOS; on Windows configure a connection string instead.");
        }
        var data = Path.GetFullPath(options.DataDirectory);
        var binaries = PostgresBinaries.Locate(options.BinDirectory, data, options.ServiceUser);
        await PrepareFolderAsync(binaries, data, options.Timeout, ct);
        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            await InitAsync(binaries, data, options, ct);
        }
        if (await RunningPortAsync(binaries, data, options.Timeout, ct) is int runningPort)
        {
            if (Ownership.IsHeld(data))
            {
                return new EmbeddedPostgres(binaries, options, data, runningPort, watchdog: null);
            }
            await StopAsync(binaries, data, options.Timeout, ct);
        }
        // Claimed before the start, so that a watchdog of the server's previous owner sees it is no longer
        // the owner and leaves the new server alone.
        Ownership.Claim(data);
        var port = await StartServerAsync(binaries, data, options, ct);
        try
        {
            return new EmbeddedPostgres(binaries, options, data, port, Ownership.StartWatchdog(binaries, data, Environment.ProcessId));
        }
        catch
        {
            await StopAsync(binaries, data, options.Timeout, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Creates the database if it does not exist yet; see <see cref="LedgerDatabase.CreateDatabaseAsync"/>.</summary>
    public Task<string> CreateDatabaseAsync(string name, CancellationToken ct) =>
        LedgerDatabase.CreateDatabaseAsync(ConnectionString, name, ct);

    /// <summary>Stops the server (fast shutdown: open sessions are ended) if this instance started it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0 || watchdog is null)
        {
            return;
        }
        watchdog.Kill(entireProcessTree: true);
        watchdog.Dispose();
        await StopAsync(binaries, DataDirectory, options.Timeout, CancellationToken.None);
        Ownership.Release(DataDirectory);
        if (!options.KeepData)
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private static async Task PrepareFolderAsync(PostgresBinaries binaries, string data, TimeSpan timeout, CancellationToken ct)
    {
        Directory.CreateDirectory(data);
        if (binaries.RunAs is not string user)
        {
            return;
        }
        // initdb and the server run as the service user: it must own the folder and be able to reach it.
        var chown = await ToolRun.RunAsync("chown", [user + ":", data], data, timeout, ct);
        if (chown.ExitCode != 0)
        {
            throw new EmbeddedPostgresException($"The data folder {data} could not be given to user '{user}': {chown.Complaint}");
        }
        var reach = await binaries.RunAsync("/usr/bin/test", ["-w", data, "-a", "-x", data], "/", timeout, ct);
        if (reach.ExitCode != 0)
        {
            throw new EmbeddedPostgresException(
                $"This process is root, so PostgreSQL runs as '{user}', which cannot reach {data}; choose a data folder whose parent folders that user may enter, for example under /var/lib or /tmp.");
        }
    }

    private static async Task InitAsync(PostgresBinaries binaries, string data, EmbeddedPostgresOptions options, CancellationToken ct)
    {
        List<string> arguments = ["-D", data, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--locale=C"];
        if (!options.Durable)
        {
            arguments.Add("--no-sync");
        }
        var result = await binaries.RunAsync("initdb", arguments, data, options.Timeout, ct);
        if (result.ExitCode != 0)
        {
            throw new EmbeddedPostgresException($"initdb could not create a cluster in {data}: {result.Complaint}");
        }
    }

    private static async Task<int> StartServerAsync(PostgresBinaries binaries, string data, EmbeddedPostgresOptions options, CancellationToken ct)
    {
        var log = Path.Combine(data, "server.log");
        for (var attempt = 1; ; attempt++)
        {
            var port = options.Port ?? FreeLoopbackPort();
            var logStart = File.Exists(log) ? new FileInfo(log).Length : 0;
            var result = await binaries.RunAsync(
                "pg_ctl",
                ["start", "-D", data, "-l", log, "-w", "-t", Seconds(options.Timeout), "-s", "-o", ServerSettings(port, options.Durable)],
                data,
                options.Timeout + TimeSpan.FromSeconds(10),
                ct);
            if (result.ExitCode == 0)
            {
                return port;
            }
            var said = LogSince(log, logStart);
            // Another program may take the free port between our choosing it and the server binding it.
            if (options.Port is null && attempt < 3 && said.Contains("could not bind", StringComparison.Ordinal))
            {
                continue;
            }
            // pg_ctl gives up waiting but the server may yet come up: never leave it running.
            await binaries.RunAsync("pg_ctl", ["stop", "-D", data, "-m", "immediate", "-s"], data, options.Timeout, CancellationToken.None);
            throw new EmbeddedPostgresException($"PostgreSQL did not start on port {port} with data folder {data}: {result.Complaint} {said}".TrimEnd());
        }
    }

    // pg_ctl hands these to the server through a shell, so each value is a plain word or ''.
    private static string ServerSettings(int port, bool durable)
    {
        // No Unix socket: the server is reached on loopback TCP only. Each test class's database has its
        // own client pool, and the reliability tests run 32 writers, so allow more than the default 100.
        var settings = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200";
        return durable ? settings : settings + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
    }

    /// <summary>The port of the server running on the folder, or null if none runs.</summary>
    private static async Task<int?> RunningPortAsync(PostgresBinaries binaries, string data, TimeSpan timeout, CancellationToken ct)
    {
        var status = await binaries.RunAsync("pg_ctl", ["status", "-D", data], data, timeout, ct);
        if (status.ExitCode != 0)
        {
            return null;
        }
        // The fourth line of postmaster.pid is the port (PostgreSQL's LOCK_FILE_LINE_PORT).
        return int.Parse(File.ReadLines(Path.Combine(data, PidFile)).ElementAt(3), CultureInfo.InvariantCulture);
    }

    private static async Task StopAsync(PostgresBinaries binaries, string data, TimeSpan timeout, CancellationToken ct)
    {
        var result = await binaries.RunAsync(
            "pg_ctl", ["stop", "-D", data, "-m", "fast", "-w", "-t", Seconds(timeout), "-s"], data, timeout + TimeSpan.FromSeconds(10), ct);
        if (result.ExitCode != 0 && await RunningPortAsync(binaries, data, timeout, ct) is not null)
        {
            throw new EmbeddedPostgresException($"PostgreSQL with data folder {data} did not stop: {result.Complaint}");
        }
    }

    private static int FreeLoopbackPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    private static string Seconds(TimeSpan timeout) =>
        ((int)Math.Ceiling(timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static string LogSince(string log, long offset)
    {
        if (!File.Exists(log))
        {
            return "";
        }
        using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Position = Math.Min(offset, stream.Length);
        var text = new StreamReader(stream).ReadToEnd();
        return string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }
}
