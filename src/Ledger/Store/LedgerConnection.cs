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

    /// <summary>
    /// <paramref name="connectionString"/> with <c>Max Auto Prepare</c> = <see cref="MaxAutoPrepare"/>; a string
    /// that sets <c>Max Auto Prepare</c> itself is kept as it is (0 turns preparation off, as a pooler in
    /// transaction mode that cannot keep prepared statements needs).
    /// </summary>
    public static string Configure(string connectionString)
    {
        // Npgsql's builder claims every keyword it knows; the plain builder tells what the string itself says.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare"))
        {
            return connectionString;
        }
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = MaxAutoPrepare }.ConnectionString;
    }
}
