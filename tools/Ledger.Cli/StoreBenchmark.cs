using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using JasperFx.Events;
using Ledger.Actions;
using Ledger.Cli.Bench;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Store;
using Ledger.Store.Embedded;
using Ledger.Store.Verification;
using Marten;
using Npgsql;

namespace Ledger.Cli;

/// <summary>
/// <c>ledger bench store</c>: the ledger store against plain Marten in one run on one database (issue 3).
/// Chained appends (canonicalise, hash, chain, sign a promise; Marten event, evidence, personal and outbox rows
/// in one transaction) against plain Marten appends of the same events in each of Marten's append modes, and in
/// the ledger's mode on the ledger's connection settings (<see cref="LedgerConnection"/>), at 1 and 32 writers, in
/// interleaved rounds of <c>--seconds</c> per subject and writer count (target ratio ≥ 0.85); CPU per append split
/// between this process and the embedded PostgreSQL, and WAL per append, against the two baselines in the ledger's
/// mode; promise latency at 32 writers; seal delay while 32 writers append <c>--events</c> events with the sealer at
/// its defaults (target p99 ≤ 1 s); <see cref="StoreVerifier"/> over the whole ledger (target ≥ 50,000 events/s).
/// </summary>
public static class StoreBenchmark
{
    private const int Rounds = 5;
    private const int Writers = 32;
    private const int VerificationPasses = 3;
    private const string Origin = "ledger.bench/centre-001";

    /// <summary>
    /// Marten's pool of 32 per store (the ledger and four baselines), plus the few the ledger's own pool holds (the
    /// sealer, key and head reads) and the benchmark's.
    /// </summary>
    private const int ConnectionsNeeded = 5 * Writers + 20;

    /// <summary>Long enough for Marten's first-use code generation and to fill 32 pooled connections per store.</summary>
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1);

    /// <summary>The sustained phase stops here even with events left to append, so a slow machine still finishes.</summary>
    private static readonly TimeSpan SustainedCap = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan DrainCap = TimeSpan.FromSeconds(30);

    private static readonly EventContext Context = new(
        new Actor("op-bench-001", "张经办", "centre-001", Role.CentreOperator), "bench-store", null, new ClientInfo("127.0.0.1", "ledger bench store"));

    public static int Run(Options options, TextWriter output)
    {
        options.AllowOnly("--connection", "--events", "--seconds");
        var events = options.Whole("--events", 20_000, 1_000, 10_000_000);
        var seconds = options.Whole("--seconds", 10, Rounds, 3_600);
        return RunAsync(options.Optional("--connection"), events, TimeSpan.FromSeconds(seconds), output).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string? connection, int events, TimeSpan perSubject, TextWriter output)
    {
        var ct = CancellationToken.None;
        var loadBefore = BenchMachine.LoadAverage();
        string? dataDirectory = null;
        await using var server = connection is null
            ? await EmbeddedPostgres.StartAsync(
                new EmbeddedPostgresOptions { DataDirectory = dataDirectory = Directory.CreateTempSubdirectory("ledger-bench-pg-").FullName, KeepData = false, Durable = true },
                ct)
            : null;
        connection ??= await server!.CreateDatabaseAsync("ledger_bench", ct);
        await using var db = NpgsqlDataSource.Create(connection);
        // Own schemas, named afresh, so a configured server's other schemas are never touched and a rerun starts empty.
        var prefix = "bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        string[] schemas = [prefix + "_ledger", prefix + "_rich", prefix + "_quick", prefix + "_quick_server_time", prefix + "_quick_server_time_prepared"];
        try
        {
            output.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; load average before: {loadBefore}");
            var (database, maxConnections) = await BenchMachine.ServerAsync(db, ct);
            if (maxConnections < ConnectionsNeeded)
            {
                throw new UsageException($"the server allows {maxConnections} connections; the benchmark holds up to {ConnectionsNeeded} at once: raise max_connections");
            }
            output.WriteLine($"database: {database}, {(server is null ? "configured server" : "embedded temporary server")}");
            await MeasureAsync(connection, db, schemas, events, perSubject, StoreCpu.For(dataDirectory), output, ct);
            output.WriteLine($"load average after: {BenchMachine.LoadAverage()}");
            return 0;
        }
        finally
        {
            if (server is null)
            {
                await using var drop = db.CreateCommand(string.Concat(schemas.Select(s => $"DROP SCHEMA IF EXISTS {SqlName.Quote(s)} CASCADE;")));
                await drop.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
    }

    private static async Task MeasureAsync(
        string connection, NpgsqlDataSource db, string[] schemas, int events, TimeSpan perSubject, StoreCpu cpu, TextWriter output, CancellationToken ct)
    {
        var key = SignerKey.Generate(Origin, CryptoSuite.Intl.Signature);
        await using var ledger = await LedgerStore.OpenAsync(new LedgerStoreOptions
        {
            ConnectionString = connection,
            Schema = schemas[0],
            Origin = Origin,
            Suite = CryptoSuite.Intl,
            SigningKeys = [key],
        });
        await using var rich = await PlainMarten.OpenAsync(connection, schemas[1], EventAppendMode.Rich);
        await using var quick = await PlainMarten.OpenAsync(connection, schemas[2], EventAppendMode.Quick);
        await using var quickServerTime = await PlainMarten.OpenAsync(connection, schemas[3], EventAppendMode.QuickWithServerTimestamps);
        // The ledger's mode on the connection settings the ledger gives itself (LedgerConnection): the like-for-like
        // baseline, as those settings cut Marten's own cost per append as much as the ledger's.
        await using var matched = await PlainMarten.OpenAsync(LedgerConnection.Configure(connection), schemas[4], EventAppendMode.QuickWithServerTimestamps);
        DocumentStore[] plain = [rich, quick, quickServerTime, matched];
        (string Name, Appender Append)[] subjects =
        [
            ("ledger", async (stream, version, @event, token) => await ledger.AppendAsync(stream, version, @event, Context, token)),
            .. plain.Select(p => ($"plain Marten, {AppendMode(p)}{(p == matched ? $", the ledger's connection settings (Max Auto Prepare {LedgerConnection.MaxAutoPrepare})" : "")}", PlainMarten.Appender(p, Context))),
        ];
        var ledgerMode = AppendMode(ledger.Marten);
        if (AppendMode(matched) != ledgerMode)
        {
            throw new InvalidOperationException($"the like-for-like baseline appends in {AppendMode(matched)} mode, the ledger in {ledgerMode}");
        }
        var like = 1 + Array.IndexOf(plain, matched);

        output.WriteLine($"ledger: Marten append mode {ledgerMode} (set in LedgerStore), suite {ledger.Options.Suite}, sealer running throughout (SealEvery {ledger.Options.SealEvery}, SealInterval {ledger.Options.SealInterval.TotalMilliseconds:F0} ms)");
        output.WriteLine($"throughput: {Rounds} interleaved rounds per writer count, {(perSubject / Rounds).TotalSeconds:F1} s per subject per round, each writer its own new stream per round; medians of rates and of per-round ratios");
        output.WriteLine();
        output.WriteLine("| measure | ledger | baseline | ratio | target |");
        output.WriteLine("|---|---:|---:|---:|---|");

        using var stopSealer = new CancellationTokenSource();
        var sealing = new Sealer(ledger).RunAsync(stopSealer.Token);
        try
        {
            await CompareAsync(subjects, [like, 1 + Array.IndexOf(plain, quickServerTime)], perSubject, db, cpu, output, ct);
            await SealDelayAsync(ledger, db, key.Verifier, events, output, ct);
            await VerifyAsync(ledger, connection, key.Verifier, output, ct);
            output.WriteLine();
        }
        finally
        {
            await stopSealer.CancelAsync();
            await sealing;
        }
    }

    /// <summary>
    /// Appends/s of the ledger against each baseline at 1 and 32 writers; CPU and WAL per append against the
    /// <paramref name="costed"/> baselines (the first is like for like); promise latency at 32 against the first.
    /// </summary>
    private static async Task CompareAsync(
        (string Name, Appender Append)[] subjects, int[] costed, TimeSpan perSubject, NpgsqlDataSource db, StoreCpu cpu, TextWriter output, CancellationToken ct)
    {
        foreach (var (_, append) in subjects)
        {
            await WriterRun.RunAsync(append, Writers, "warm-up", Warmup, long.MaxValue, ct);
        }
        var window = perSubject / Rounds;
        var like = costed[0];
        foreach (var writers in new[] { 1, Writers })
        {
            var runs = subjects.Select(_ => new List<WriterRun>()).ToArray();
            var costs = new StoreRunCost[subjects.Length];
            for (var round = 0; round < Rounds; round++)
            {
                // Each round starts with another subject, so none always follows the same one.
                for (var k = 0; k < subjects.Length; k++)
                {
                    var i = (round + k) % subjects.Length;
                    var before = await StoreRunCost.SampleAsync(db, cpu, ct);
                    var run = await WriterRun.RunAsync(subjects[i].Append, writers, $"w{writers}-r{round}", window, long.MaxValue, ct);
                    runs[i].Add(run);
                    costs[i] += (await StoreRunCost.SampleAsync(db, cpu, ct) - before) with { Events = run.Events };
                }
            }
            for (var b = 1; b < subjects.Length; b++)
            {
                var ratio = Median(Enumerable.Range(0, Rounds).Select(r => runs[0][r].Rate / runs[b][r].Rate));
                var mark = b == like ? " (like for like)" : "";
                output.WriteLine($"| appends/s, {writers} writer{(writers == 1 ? "" : "s")}; baseline {subjects[b].Name}{mark} | {Median(runs[0].Select(r => r.Rate)):N0} | {Median(runs[b].Select(r => r.Rate)):N0} | {ratio:F2} | ≥ 0.85 |");
            }
            foreach (var b in costed)
            {
                var (o, t) = (costs[0], costs[b]);
                var per = $"{writers} writer{(writers == 1 ? "" : "s")}, all rounds; baseline {subjects[b].Name}";
                if (cpu.SeesServer)
                {
                    output.WriteLine($"| CPU µs per append, client + PostgreSQL, {per} | {o.ClientMicros:F0} + {o.ServerMicros:F0} | {t.ClientMicros:F0} + {t.ServerMicros:F0} | {o.CpuMicros / t.CpuMicros:F2} | — |");
                }
                output.WriteLine($"| WAL bytes per append, {per} | {o.WalPerEvent:F0} | {t.WalPerEvent:F0} | {o.WalPerEvent / t.WalPerEvent:F2} | — |");
            }
            if (writers == Writers)
            {
                double[] ours = [.. runs[0].SelectMany(r => r.LatenciesMs)];
                double[] theirs = [.. runs[like].SelectMany(r => r.LatenciesMs)];
                foreach (var p in new[] { 0.50, 0.99 })
                {
                    var (a, b) = (BenchMachine.Percentile(ours, p), BenchMachine.Percentile(theirs, p));
                    output.WriteLine($"| promise latency p{p * 100:F0}, {Writers} writers (AppendAsync); baseline {subjects[like].Name} append + SaveChangesAsync | {a:F1} ms | {b:F1} ms | {a / b:F2} | — |");
                }
            }
        }
    }

    /// <summary>
    /// Seal delay under sustained load: 32 writers append <paramref name="events"/> events (or for
    /// <see cref="SustainedCap"/>) while the sealer runs; each event's delay is read back once all are sealed.
    /// </summary>
    private static async Task SealDelayAsync(LedgerStore ledger, NpgsqlDataSource db, VerifierKey key, int events, TextWriter output, CancellationToken ct)
    {
        var promises = new ConcurrentQueue<Promise>();
        var sustained = await WriterRun.RunAsync(
            async (stream, version, @event, token) => promises.Enqueue((await ledger.AppendAsync(stream, version, @event, Context, token)).Promise),
            Writers, "sustained", SustainedCap, events, ct);
        await DrainAsync(db, ledger.Options.Schema, ct);
        var delays = await SealDelays.MeasureAsync(db, ledger.Options.Schema, key, promises, ct);
        var load = $"{sustained.Events:N0} events by {Writers} writers at {sustained.Rate:N0}/s";
        output.WriteLine($"| seal delay p50, promise time → block time; {load} | {BenchMachine.Percentile(delays, 0.50):F0} ms | — | — | — |");
        output.WriteLine($"| seal delay p99, promise time → block time; {load} | {BenchMachine.Percentile(delays, 0.99):F0} ms | — | — | ≤ 1000 ms |");
    }

    /// <summary>
    /// The whole ledger, everything this run appended, checked by <see cref="StoreVerifier"/> (events, Marten's
    /// copies, chains, tree, stored nodes, blocks) <see cref="VerificationPasses"/> times, timed around the call.
    /// </summary>
    private static async Task VerifyAsync(LedgerStore ledger, string connection, VerifierKey key, TextWriter output, CancellationToken ct)
    {
        var rates = new List<double>();
        StoreReport? report = null;
        for (var pass = 0; pass < VerificationPasses; pass++)
        {
            var watch = Stopwatch.StartNew();
            report = await StoreVerifier.VerifyAsync(connection, ledger.Options.Schema, [key], ct);
            rates.Add(report.Events / watch.Elapsed.TotalSeconds);
            if (!report.IsClean || report.Pending > 0)
            {
                // The speed of a verification that fails is not a figure.
                throw new InvalidOperationException($"the benchmark's ledger did not verify clean: {report.Pending} pending, {report.Findings.FirstOrDefault()}");
            }
        }
        output.WriteLine($"| whole-ledger verification (StoreVerifier), events/s: {report!.Events:N0} events, {report.Streams:N0} streams, {report.Blocks:N0} blocks; median of {VerificationPasses} | {Median(rates):N0} | — | — | ≥ 50,000 |");
    }

    /// <summary>Waits until the sealer has taken every outbox row: the seal delays are read from the blocks afterwards.</summary>
    private static async Task DrainAsync(NpgsqlDataSource db, string schema, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            await using var command = db.CreateCommand($"SELECT count(*) FROM {SqlName.Quote(schema)}.ledger_pending");
            var waiting = (long)(await command.ExecuteScalarAsync(ct))!;
            if (waiting == 0)
            {
                return;
            }
            if (watch.Elapsed > DrainCap)
            {
                throw new InvalidOperationException($"{waiting} events were still unsealed {DrainCap.TotalSeconds:F0} s after the load stopped");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
        }
    }

    private static EventAppendMode AppendMode(IDocumentStore store) => ((StoreOptions)store.Options).Events.AppendMode;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
