using System.Security.Cryptography;
using System.Text;
using Ledger.Store;
using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Ledger.Projections;

/// <summary>
/// Runs Marten's async daemon in exactly one process per ledger, however many API instances serve it: each instance waits
/// on a PostgreSQL advisory lock held on its own connection, and the one holding it runs the projections. When that
/// process dies its connection closes, the lock is released and a waiting instance starts the daemon, which resumes
/// from the projections' stored progress. Two daemons over one store would apply the same events twice to documents that
/// are not idempotent (counts, lists).
/// </summary>
public sealed class ProjectionLeader(LedgerStore store, ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.CreateLogger<ProjectionLeader>();

    /// <summary>The advisory lock key: derived from the schema, so each tenant's projections have their own leader.</summary>
    private long LockKey => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("ledger-projections/" + store.Options.Schema)), 0);

    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var leadership = new NpgsqlConnection(store.Options.ConnectionString);
                await leadership.OpenAsync(ct);
                await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock($1)", leadership))
                {
                    take.Parameters.AddWithValue(LockKey);
                    await take.ExecuteNonQueryAsync(ct);
                }
                logger.LogInformation("projections of {Schema} run here", store.Options.Schema);
                // A daemon taking over may be far behind (after an import or a restore) and catches up page by page, as a rebuild does.
                if (!await LedgerProjections.RefreshStatisticsAsync(store.Marten, ct))
                {
                    logger.LogInformation("statistics of {Schema} not refreshed: its tables are being vacuumed or indexed", store.Options.Schema);
                }
                using var daemon = await store.Marten.BuildProjectionDaemonAsync(logger: loggers.CreateLogger("Ledger.Projections"));
                await daemon.StartAllAsync();
                try
                {
                    await HoldAsync(leadership, ct);
                }
                finally
                {
                    await daemon.StopAllAsync();
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (NpgsqlException e)
            {
                logger.LogWarning(e, "projection leadership lost the database; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Keeps the lock's connection checked: when it breaks, the lock is gone and another instance may lead.</summary>
    private static async Task HoldAsync(NpgsqlConnection leadership, CancellationToken ct)
    {
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            await using var ping = new NpgsqlCommand("SELECT 1", leadership);
            await ping.ExecuteScalarAsync(ct);
        }
    }
}
