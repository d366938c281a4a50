using System.Collections.Concurrent;
using Ledger.Evidence.Receipts;
using Ledger.Store;
using Ledger.Store.Embedded;
using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Store;

/// <summary>
/// Issue 3's reliability test: PostgreSQL restarts while writers append. Writers see a clear
/// <see cref="StoreUnavailableException"/> and retry; every acknowledged event is there afterwards, sealed.
/// Runs on a server of its own, since the shared test server cannot be restarted under other classes.
/// </summary>
public sealed class a_postgresql_restart_under_load_loses_nothing_acknowledged : IAsyncDisposable
{
    private readonly string folder = PostgresScratch.Folder();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task writers_retry_and_every_acknowledged_event_survives()
    {
        var options = PostgresScratch.Options(folder, keepData: true);
        var server = await EmbeddedPostgres.StartAsync(options, Ct);
        var connection = await server.CreateDatabaseAsync("restart", Ct);
        await using var store = await TestLedger.OpenAsync(connection, "ledger");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var acknowledged = new ConcurrentBag<SignedPromise>();
        var unavailable = 0;
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var version = 0L;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    acknowledged.Add(await store.AppendAsync($"writer/{w}", version, new NoteRecorded($"第{version + 1}条", version, null), TestLedger.Context, Ct));
                    version++;
                }
                catch (StoreUnavailableException)
                {
                    Interlocked.Increment(ref unavailable);
                    await Task.Delay(50, Ct);
                }
                catch (StreamConflictException)
                {
                    // The append committed before the connection broke: the stream moved on without our acknowledgement.
                    version++;
                }
            }
        }, Ct)).ToArray();

        await Task.Delay(1000, Ct);
        var port = server.Port;
        await server.DisposeAsync();
        await Task.Delay(500, Ct);
        server = await EmbeddedPostgres.StartAsync(options with { Port = port }, Ct);
        await Task.Delay(1500, Ct);
        await stop.CancelAsync();
        await Task.WhenAll(writers.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));

        try
        {
            Assert.True(unavailable > 0, "the writers never saw the restart");
            while (await AfterRestart(() => new Sealer(store).SealNowAsync(Ct)) > 0)
            {
            }
            var key = store.Options.SigningKeys[0].Verifier;
            foreach (var promise in acknowledged)
            {
                var lookup = await AfterRestart(() => store.GetReceiptAsync(promise.Promise.EventId, Ct));
                Assert.True(lookup.IsSealed, $"acknowledged event {promise.Promise.EventId} is not sealed");
                Assert.Equal(promise.Promise.EventHash, lookup.Receipt!.EventHash);
            }
            var sample = acknowledged.First();
            Assert.True(ReceiptVerifier.Verify((await store.GetReceiptAsync(sample.Promise.EventId, Ct)).Receipt!.ToJson(), key).IsValid);
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync(Ct);
            await using var count = new NpgsqlCommand("SELECT count(*) FROM ledger.mt_events", db);
            Assert.True((long)(await count.ExecuteScalarAsync(Ct))! >= acknowledged.Count);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>
    /// Pooled connections idle across the restart fail once each when next used; a client retries, as it
    /// retries a <see cref="StoreUnavailableException"/>.
    /// </summary>
    private static async Task<T> AfterRestart<T>(Func<Task<T>> read)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read();
            }
            catch (NpgsqlException e) when (e.IsTransient && attempt < 250)
            {
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
