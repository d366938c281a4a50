using System.Collections.Concurrent;
using System.Diagnostics;
using Ledger.Evidence.Blocks;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Receipts;
using Ledger.Store;
using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Store;

/// <summary>
/// Issue 3's reliability test: the sealer runs as its own process (<c>ledger seal</c>) and is killed with
/// SIGKILL at random points, again and again, while writers append. After a clean restart the log, the
/// blocks and the outbox agree: every acknowledged event is sealed once, without gaps.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class a_sealer_killed_at_random_points_loses_and_duplicates_nothing(PostgresFixture postgres) : IDisposable
{
    private const int Kills = 8;
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ledger-sealer-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task under_load()
    {
        var connection = await postgres.DatabaseFor(this);
        await using var store = await TestLedger.OpenAsync(connection, "ledger");
        var keyFile = Path.Combine(folder.FullName, "sealer.key");
        SignerKeyLoader.WriteNew(keyFile, store.Options.SigningKeys[0]);

        using var stopWriters = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var acknowledged = new ConcurrentBag<SignedPromise>();
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stopWriters.IsCancellationRequested; i++)
            {
                acknowledged.Add(await store.AppendAsync($"writer/{w}", i, new NoteRecorded($"第{i}条", i, null), TestLedger.Context, Ct));
            }
        })).ToArray();

        var random = new Random(9);
        for (var kill = 0; kill < Kills; kill++)
        {
            using var sealer = StartSealer(connection, keyFile);
            await Task.Delay(random.Next(300, 1500), Ct);
            sealer.Kill(entireProcessTree: true);
            await sealer.WaitForExitAsync(Ct);
        }
        await stopWriters.CancelAsync();
        await Task.WhenAll(writers.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));

        using (var last = StartSealer(connection, keyFile))
        {
            await WaitUntilSealedAsync(connection, acknowledged.Count);
            last.Kill(entireProcessTree: true);
            await last.WaitForExitAsync(Ct);
        }

        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync(Ct);
        Assert.Equal(0L, await Scalar(db, "SELECT count(*) FROM ledger.ledger_pending"));
        Assert.Equal((long)acknowledged.Count, await Scalar(db, "SELECT count(DISTINCT leaf_index) FROM ledger.ledger_leaves"));
        Assert.Equal(acknowledged.Count - 1L, await Scalar(db, "SELECT max(leaf_index) FROM ledger.ledger_leaves"));
        var key = store.Options.SigningKeys[0].Verifier;
        var blocks = (await appending_and_sealing.Notes(connection)).Select(n => CheckpointVerifier.Open(n, key).Value!.Block!).ToList();
        Assert.True(blocks.Count > 1);
        for (var i = 1; i < blocks.Count; i++)
        {
            Assert.True(blocks[i].Follows(blocks[i - 1]).IsValid, blocks[i].Follows(blocks[i - 1]).Failure);
        }
        var log = new MerkleLog(MerkleHasher.Intl);
        await using (var leaves = new NpgsqlCommand("SELECT e.hash FROM ledger.ledger_leaves l JOIN ledger.ledger_events e ON e.event_id = l.event_id ORDER BY l.leaf_index", db))
        await using (var reader = await leaves.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                log.Append(reader.GetFieldValue<byte[]>(0));
            }
        }
        Assert.Equal(blocks[^1].RootHash, log.Root());
        foreach (var promise in acknowledged.Take(100))
        {
            var verified = ReceiptVerifier.Verify((await store.GetReceiptAsync(promise.Promise.EventId, Ct)).Receipt!.ToJson(), key);
            Assert.True(verified.IsValid, verified.Failure);
        }
    }

    private Process StartSealer(string connection, string keyFile)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Ledger.Cli.dll"), "seal", "--connection", connection, "--origin", TestLedger.Origin, "--key-file", keyFile })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilSealedAsync(string connectionString, long expected)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync(Ct);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await Scalar(db, "SELECT count(*) FROM ledger.ledger_leaves") < expected)
        {
            Assert.True(DateTime.UtcNow < deadline, "the restarted sealer did not seal everything within two minutes");
            await Task.Delay(100, Ct);
        }
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    public void Dispose() => folder.Delete(recursive: true);
}
