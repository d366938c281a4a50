using System.Diagnostics;
using System.Globalization;

namespace Ledger.Store.Embedded;

/// <summary>
/// Which process a running embedded server belongs to, so that a second program on the same data folder
/// (the CLI while the API runs) shares the server instead of stopping it, while a server whose owner has
/// died is recognised as left over.
/// </summary>
internal static class Ownership
{
    private const string OwnerFile = "ledger.owner";

    // Ignores the terminal's interrupt and hang-up (sent to the whole process group) and plain kill, so
    // it outlives its owner; polls the owner's pid; then stops the server, unless another process has
    // claimed the folder meanwhile (it found the server left over and replaced it with its own).
    private const string WatchdogScript =
        "trap '' INT HUP TERM; exec </dev/null >/dev/null 2>&1; owner=$1; claim=$2; shift 2; " +
        "while kill -0 \"$owner\"; do sleep 1; done; " +
        "[ \"$(cat \"$claim\")\" = \"$owner\" ] && exec \"$@\"";

    public static bool IsHeld(string data)
    {
        var file = Path.Combine(data, OwnerFile);
        if (!File.Exists(file) || !int.TryParse(File.ReadAllText(file), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }
        try
        {
            using var owner = Process.GetProcessById(pid);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Marks this process as the owner of the server on the folder.</summary>
    public static void Claim(string data) =>
        File.WriteAllText(Path.Combine(data, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    public static void Release(string data) => File.Delete(Path.Combine(data, OwnerFile));

    /// <summary>
    /// A process that stops the server once process <paramref name="owner"/> has ended, however it ended,
    /// if the folder is still claimed by that process then.
    /// </summary>
    public static Process StartWatchdog(PostgresBinaries binaries, string data, int owner)
    {
        var (stop, arguments) = binaries.Command("pg_ctl", ["stop", "-D", data, "-m", "fast", "-s"]);
        var start = new ProcessStartInfo(
            "/bin/sh",
            [
                "-c", WatchdogScript, "ledger-postgres-watchdog",
                owner.ToString(CultureInfo.InvariantCulture), Path.Combine(data, OwnerFile), stop, .. arguments,
            ])
        {
            UseShellExecute = false,
        };
        return Process.Start(start)
            ?? throw new EmbeddedPostgresException("The watchdog that stops PostgreSQL when its owner ends could not be started.");
    }
}
