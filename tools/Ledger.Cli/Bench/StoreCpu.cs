using System.Diagnostics;
using System.Globalization;

namespace Ledger.Cli.Bench;

/// <summary>
/// CPU time used so far by this process (the client: canonical form, hashing, signing, Marten, Npgsql, the
/// sealer's own code) and by the embedded PostgreSQL (the postmaster, its live children — backends, WAL writer,
/// checkpointer — and the children it has reaped), so a run's CPU per append can be split between the two.
/// </summary>
internal sealed class StoreCpu(int? postmaster)
{
    /// <summary>Linux's USER_HZ: /proc reports CPU time in these ticks on every architecture .NET runs on.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Samples only the client when the server is not ours to see (a configured server, or no /proc).</summary>
    public static StoreCpu For(string? dataDirectory)
    {
        var pidFile = dataDirectory is null ? null : Path.Combine(dataDirectory, "postmaster.pid");
        int? pid = pidFile is not null && File.Exists(pidFile) && Directory.Exists("/proc")
            ? int.Parse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture)
            : null;
        return new StoreCpu(pid);
    }

    public bool SeesServer => postmaster is not null;

    /// <summary>Client and server CPU seconds used since their processes started.</summary>
    public (double Client, double Server) Now()
    {
        using var self = Process.GetCurrentProcess();
        return (self.TotalProcessorTime.TotalSeconds, postmaster is int pid ? ServerSeconds(pid) : 0);
    }

    private static double ServerSeconds(int postmaster)
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || Stat(pid) is not { } fields)
            {
                continue;
            }
            // Fields after the command's closing parenthesis: [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.
            if (pid == postmaster)
            {
                ticks += fields[11] + fields[12] + fields[13] + fields[14];
            }
            else if (fields[1] == postmaster)
            {
                ticks += fields[11] + fields[12];
            }
        }
        return ticks / TicksPerSecond;
    }

    private static long[]? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            // The process ended between listing and reading: a reaped child counts in its parent's cutime.
            return null;
        }
        var rest = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return rest.Length < 15 ? null : [.. rest.Take(15).Select(f => long.TryParse(f, CultureInfo.InvariantCulture, out var v) ? v : 0)];
    }
}
