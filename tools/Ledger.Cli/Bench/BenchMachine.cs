using Npgsql;

namespace Ledger.Cli.Bench;

/// <summary>What every benchmark table states about where it ran, and its percentile.</summary>
internal static class BenchMachine
{
    /// <summary>Whatever else ran on the machine weighs on every figure: the 1, 5 and 15 minute load averages show it.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The server's version and durability settings, and how many connections it allows.</summary>
    public static async Task<(string Description, int MaxConnections)> ServerAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('max_connections')::int");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return ($"PostgreSQL {reader.GetString(0)} (fsync {reader.GetString(1)}, synchronous_commit {reader.GetString(2)})", reader.GetInt32(3));
    }

    /// <summary>Nearest rank: the smallest value that at least <paramref name="p"/> of the values do not exceed; NaN without values.</summary>
    public static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
