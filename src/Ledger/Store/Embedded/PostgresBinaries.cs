using System.Globalization;

namespace Ledger.Store.Embedded;

/// <summary>
/// The programs of one installed PostgreSQL version, run as the user the server must run as: this
/// process's own user, or <see cref="RunAs"/> when this process is root, which PostgreSQL refuses.
/// </summary>
internal sealed class PostgresBinaries
{
    // Debian and Ubuntu put each major version's programs here; `dpkg -L postgresql-15` shows them.
    private const string DebianRoot = "/usr/lib/postgresql";
    private static readonly string[] RunuserPaths = ["/usr/sbin/runuser", "/sbin/runuser"];

    private PostgresBinaries(string folder, string? runAs)
    {
        Folder = folder;
        RunAs = runAs;
    }

    public string Folder { get; }

    /// <summary>The unprivileged user the programs run as, or null to run them as this process's user.</summary>
    public string? RunAs { get; }

    /// <summary>
    /// The configured folder, else the version that created the cluster in <paramref name="dataDirectory"/>
    /// (a cluster only runs under its own major version), else the newest installed version.
    /// </summary>
    public static PostgresBinaries Locate(string? configured, string dataDirectory, string serviceUser)
    {
        var folder = configured ?? Installed(ClusterVersion(dataDirectory));
        if (folder is null || !IsComplete(folder))
        {
            throw new PostgresNotInstalledException();
        }
        return new PostgresBinaries(folder, Environment.IsPrivilegedProcess ? serviceUser : null);
    }

    /// <summary>
    /// The program and arguments that run <paramref name="tool"/> as the right user: a program of this
    /// version by name (pg_ctl), or any program by absolute path.
    /// </summary>
    public (string FileName, IReadOnlyList<string> Arguments) Command(string tool, IEnumerable<string> arguments)
    {
        var program = Path.Combine(Folder, tool);
        if (RunAs is null)
        {
            return (program, arguments.ToList());
        }
        var runuser = RunuserPaths.FirstOrDefault(File.Exists)
            ?? throw new EmbeddedPostgresException(
                $"This process is root, so PostgreSQL must run as '{RunAs}', but runuser (util-linux) was not found to switch to that user.");
        return (runuser, ["-u", RunAs, "--", program, .. arguments]);
    }

    public Task<ToolResult> RunAsync(string tool, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken ct)
    {
        var (fileName, args) = Command(tool, arguments);
        return ToolRun.RunAsync(fileName, args, workingDirectory, timeout, ct);
    }

    private static bool IsComplete(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

    private static string? ClusterVersion(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "PG_VERSION");
        return File.Exists(file) ? File.ReadAllText(file).Trim() : null;
    }

    private static string? Installed(string? preferredVersion)
    {
        if (!Directory.Exists(DebianRoot))
        {
            return null;
        }
        var versions = Directory.GetDirectories(DebianRoot)
            .Select(dir => (Bin: Path.Combine(dir, "bin"), Name: Path.GetFileName(dir)))
            .Where(v => IsComplete(v.Bin))
            .ToList();
        var preferred = versions.FirstOrDefault(v => v.Name == preferredVersion).Bin;
        return preferred ?? versions
            .OrderByDescending(v => decimal.TryParse(v.Name, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : 0m)
            .Select(v => v.Bin)
            .FirstOrDefault();
    }
}
