using System.Data.Common;
using Npgsql;

namespace Ledger.Store;

/// <summary>
/// How the ledger connects: the configured connection string with Npgsql's automatic preparation on, unless
/// the configuration says otherwise. Without it every pooled connection is reset with DISCARD ALL, which drops
/// every plan, so each append's statements (Marten's and the ledger's three rows) were parsed and planned again
/// on every transaction: measured at 32 writers, about 40 % of PostgreSQL's CPU per append.
/// </summary>
/// <remarks>
/// A prepared statement keeps its parse, and PostgreSQL then plans it for its parameters each time
/// (<c>plan_cache_mode = force_custom_plan</c>). Left to choose, PostgreSQL switches a statement run five times to one
/// generic plan; for the daemon's event page (<c>seq_id &gt; $1 and seq_id &lt;= $2 … order by seq_id limit n</c>) that
/// plan guesses a few hundred events in the range and fetches, joins and sorts every event up to the store's end for
/// each page, so a rebuild or a catch-up after an import turned quadratic again from its sixth page on (measured on
/// 200,000 events: 9 s of the server's time in one projection's page reads instead of 1.7 s), and Marten's lookup of a
/// projection's documents on a table never analysed scanned the whole table for each page.
/// </remarks>
public static class LedgerConnection
{
    /// <summary>Enough for every statement of the append path, the sealer and the log reads to stay prepared on a connection.</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>The server option that plans every execution of a prepared statement for its parameters.</summary>
    public const string CustomPlans = "-c plan_cache_mode=force_custom_plan";

    /// <summary>
    /// <paramref name="connectionString"/> with <c>Max Auto Prepare</c> = <see cref="MaxAutoPrepare"/> and
    /// <see cref="CustomPlans"/>; a string that sets <c>Max Auto Prepare</c> itself keeps its own (0 turns preparation
    /// off, as a pooler in transaction mode that cannot keep prepared statements needs, and then nothing is added), and a
    /// string whose <c>Options</c> set <c>plan_cache_mode</c> keeps that.
    /// </summary>
    public static string Configure(string connectionString)
    {
        // Npgsql's builder claims every keyword it knows; the plain builder tells what the string itself says.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var ownPreparation = given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare");
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!ownPreparation)
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }
        var needsCustomPlans = builder.MaxAutoPrepare > 0 && builder.Options?.Contains("plan_cache_mode", StringComparison.Ordinal) != true;
        if (ownPreparation && !needsCustomPlans)
        {
            return connectionString;
        }
        if (needsCustomPlans)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? CustomPlans : $"{builder.Options} {CustomPlans}";
        }
        return builder.ConnectionString;
    }
}
