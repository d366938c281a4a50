using Npgsql;

namespace Ledger.Cli.Bench;

/// <summary>
/// What appending cost beyond wall time, summed over a subject's rounds: CPU seconds in the client and in
/// PostgreSQL, and WAL bytes written, with the events they bought. The ledger's rounds include its sealer.
/// </summary>
internal readonly record struct StoreRunCost(double Client, double Server, decimal Wal, long Events)
{
    public double ClientMicros => Client * 1e6 / Events;

    public double ServerMicros => Server * 1e6 / Events;

    public double CpuMicros => ClientMicros + ServerMicros;

    public double WalPerEvent => (double)Wal / Events;

    public static async Task<StoreRunCost> SampleAsync(NpgsqlDataSource db, StoreCpu cpu, CancellationToken ct)
    {
        await using var command = db.CreateCommand("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')");
        var wal = (decimal)(await command.ExecuteScalarAsync(ct))!;
        var (client, server) = cpu.Now();
        return new StoreRunCost(client, server, wal, 0);
    }

    public static StoreRunCost operator +(StoreRunCost a, StoreRunCost b) => new(a.Client + b.Client, a.Server + b.Server, a.Wal + b.Wal, a.Events + b.Events);

    public static StoreRunCost operator -(StoreRunCost a, StoreRunCost b) => new(a.Client - b.Client, a.Server - b.Server, a.Wal - b.Wal, a.Events - b.Events);
}
