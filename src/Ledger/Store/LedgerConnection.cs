using System.Data.Common;
using Npgsql;

namespace Ledger.Store;

/// <summary>
/// How the ledger connects: the configured connection string with Npgsql's automatic preparation on, unless
/// the configuration says otherwise. Without it every pooled connection is reset with DISCARD ALL, which drops
/// every plan, so each append's statements (Marten's and the ledger's three rows) were parsed and planned again
/// on every transaction: measured at 32 writers, about 40 % of PostgreSQL's CPU per append.
/// </summary>
public static class LedgerConnection
{
    /// <summary>Enough for every statement of the append path, the sealer and the log reads to stay prepared on a connection.</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>The server option that plans every execution of a prepared statement for its parameters.</summary>
    public const string CustomPlans = "-c plan_cache_mode=force_custom_plan";

    /// <summary>
    /// <paramref name="connectionString"/> with <c>Max Auto Prepare</c> = <see cref="MaxAutoPrepare"/>; a string
    /// that sets <c>Max Auto Prepare</c> itself is kept as it is (0 turns preparation off, as a pooler in
    /// transaction mode that cannot keep prepared statements needs).
    /// </summary>
    public static string Configure(string connectionString)
    {
        if (SetsPreparation(connectionString))
        {
            return connectionString;
        }
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = MaxAutoPrepare }.ConnectionString;
    }

    /// <summary>
    /// <paramref name="connectionString"/> for a process that replays the events and appends nothing (a store that holds no
    /// signing key, as <c>ledger rebuild</c> opens):
    /// with <see cref="CustomPlans"/>, unless its options, in the string or in <c>PGOPTIONS</c>, set <c>plan_cache_mode</c>
    /// or the string turns preparation off (<c>Max Auto Prepare=0</c>).
    /// </summary>
    /// <remarks>
    /// Left to choose, PostgreSQL weighs one generic plan against the custom ones after five executions of a prepared
    /// statement and often keeps it. For the daemon's event page (<c>seq_id &gt; $1 and seq_id &lt;= $2 … order by seq_id
    /// limit n</c>, its ceiling at the store's end in a rebuild) that plan takes the range for a fixed share (0.5 %) of the
    /// events, on a store of up to a few hundred thousand events less than one page: it then fetches, joins and sorts every
    /// event to the store's end for each page (measured on 200,000 events: 9 s of the server's time in one projection's
    /// page reads instead of 1.7 s), and Marten's lookup of a projection's documents in a table not yet analysed scans the
    /// whole table for each page (Marten's own trivial rebuild: 10 s instead of 3 s). Planning every execution costs the
    /// append path 10–15 % of its rate (the store benchmark on this machine), so only a replaying process plans so.
    /// </remarks>
    public static string ForReplay(string connectionString) => ForReplay(connectionString, Environment.GetEnvironmentVariable("PGOPTIONS"));

    /// <summary><see cref="ForReplay(string)"/> with <paramref name="environmentOptions"/> standing for <c>PGOPTIONS</c>.</summary>
    internal static string ForReplay(string connectionString, string? environmentOptions)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Npgsql reads PGOPTIONS only when the string has no Options, so setting ours must carry the environment's along.
        var options = builder.Options ?? environmentOptions;
        // Without preparation nothing gets a generic plan, and a pooler in transaction mode may refuse startup options.
        if ((SetsPreparation(connectionString) && builder.MaxAutoPrepare == 0) || SetsPlanCacheMode(options))
        {
            return connectionString;
        }
        builder.Options = string.IsNullOrWhiteSpace(options) ? CustomPlans : $"{options} {CustomPlans}";
        return builder.ConnectionString;
    }

    private static bool SetsPreparation(string connectionString)
    {
        // Npgsql's builder claims every keyword it knows; the plain builder tells what the string itself says.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare");
    }


    /// <summary>PostgreSQL takes a setting's name in any case and with dashes for underscores (<c>--plan-cache-mode=…</c>).</summary>
    private static bool SetsPlanCacheMode(string? options) =>
        options?.Replace('-', '_').Contains("plan_cache_mode", StringComparison.OrdinalIgnoreCase) == true;
}
