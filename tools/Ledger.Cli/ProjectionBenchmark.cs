using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Ledger.Actions;
using Ledger.Cli.Bench;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Projections;
using Ledger.Projections.Detectors.Collusion;
using Ledger.Projections.Warnings;
using Ledger.Store;
using Ledger.Store.Embedded;
using Marten;
using Npgsql;

namespace Ledger.Cli;

/// <summary>
/// <c>ledger bench projections</c> (issue 4), in one run on one database: fills <c>--events</c> ledger events (tenders of
/// <see cref="ProjectionsMarket"/>, appended through the ledger store by 8 writers), vacuums them, rebuilds every ledger projection and,
/// in interleaved rounds, Marten's most trivial one (<see cref="ProjectionsStreamCount"/>) over the same events (target ratio ≥ 0.5), and
/// measures the time from appending a bid that shares a machine with another to its warning being stored, while
/// background writers append tenders at <c>--load</c> events/s and the daemon runs every projection (target p99 ≤ 5 s).
/// </summary>
public static class ProjectionBenchmark
{
    private const int FillWriters = 8;
    private const int LoadWriters = 4;
    private const int Rounds = 3;
    private const string Origin = "ledger.bench/projections";
    private static readonly TimeSpan RebuildTimeout = TimeSpan.FromHours(2);
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan ProbeCap = TimeSpan.FromSeconds(60);

    private static readonly ClientInfo Client = new("127.0.0.1", "ledger bench projections");

    public static int Run(Options options, TextWriter output)
    {
        options.AllowOnly("--connection", "--events", "--load", "--seconds");
        var events = options.Whole("--events", 1_000_000, 10_000, 50_000_000);
        var load = options.Whole("--load", 500, 10, 100_000);
        var seconds = options.Whole("--seconds", 60, 10, 3_600);
        return RunAsync(options.Optional("--connection"), events, load, TimeSpan.FromSeconds(seconds), output).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string? connection, int events, int load, TimeSpan window, TextWriter output)
    {
        var ct = CancellationToken.None;
        // fsync off on the embedded server: filling a million events is set-up, not a measure, and rebuilds mostly read.
        await using var server = connection is null
            ? await EmbeddedPostgres.StartAsync(
                new EmbeddedPostgresOptions { DataDirectory = Directory.CreateTempSubdirectory("ledger-bench-pg-").FullName, KeepData = false, Durable = false },
                ct)
            : null;
        connection ??= await server!.CreateDatabaseAsync("ledger_bench", ct);
        // Its own schema, named afresh, so a configured server's other schemas are never touched and a rerun starts empty.
        var schema = "bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3)) + "_projections";
        await using var db = NpgsqlDataSource.Create(connection);
        try
        {
            output.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; load average before: {BenchMachine.LoadAverage()}");
            output.WriteLine($"database: {(await BenchMachine.ServerAsync(db, ct)).Description}, {(server is null ? "configured server" : "embedded temporary server")}");
            await using var ledger = await LedgerStore.OpenAsync(new LedgerStoreOptions
            {
                ConnectionString = connection,
                Schema = schema,
                Origin = Origin,
                SigningKeys = [SignerKey.Generate(Origin, CryptoSuite.Intl.Signature)],
                ConfigureMarten = LedgerProjections.Configure,
            }, ct);
            var fill = await FillAsync(ledger, (events + ProjectionsMarket.EventsPerTender - 1) / ProjectionsMarket.EventsPerTender, ct);
            await SettleAsync(db, schema, ct);
            output.WriteLine($"filled {fill.Events:N0} events ({fill.Events / ProjectionsMarket.EventsPerTender:N0} tenders of {ProjectionsMarket.EventsPerTender} events, 8 bidders, 5 experts) in {fill.Elapsed.TotalSeconds:F0} s by {FillWriters} writers");
            output.WriteLine();
            output.WriteLine("| measure | ledger | baseline | ratio | target |");
            output.WriteLine("|---|---:|---:|---:|---|");
            await RebuildAsync(connection, schema, fill.Events, output, ct);
            await LatencyAsync(ledger, load, window, output, ct);
            output.WriteLine();
            output.WriteLine($"load average after: {BenchMachine.LoadAverage()}");
            return 0;
        }
        finally
        {
            if (server is null)
            {
                await using var drop = db.CreateCommand($"DROP SCHEMA IF EXISTS {SqlName.Quote(schema)} CASCADE");
                await drop.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Vacuums and analyses the filled tables, as a running store's autovacuum would have: every rebuild below, the
    /// baseline's too, then plans with current statistics and reads settled pages, and no autovacuum of a million fresh
    /// rows starts in the middle of one measurement and not another (the baseline took 32 s in one run, 54 s in another).
    /// </summary>
    private static async Task SettleAsync(NpgsqlDataSource db, string schema, CancellationToken ct)
    {
        var tables = new List<string>();
        await using (var list = db.CreateCommand("select format('%I.%I', schemaname, tablename) from pg_tables where schemaname = $1"))
        {
            list.Parameters.AddWithValue(schema);
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }
        await using var vacuum = db.CreateCommand($"VACUUM (ANALYZE) {string.Join(", ", tables)}");
        vacuum.CommandTimeout = 0;
        await vacuum.ExecuteNonQueryAsync(ct);
    }

    private static async Task<(long Events, TimeSpan Elapsed)> FillAsync(LedgerStore ledger, int tenders, CancellationToken ct)
    {
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, FillWriters).Select(_ => Task.Run(
            async () =>
            {
                for (var t = Interlocked.Increment(ref next); t < tenders; t = Interlocked.Increment(ref next))
                {
                    await AppendTenderAsync(ledger, $"BP-{t:D7}", t, t % 10 == 0, ct);
                }
            },
            ct)));
        return ((long)tenders * ProjectionsMarket.EventsPerTender, watch.Elapsed);
    }

    /// <summary>
    /// Rebuilds each ledger projection alone, then in <see cref="Rounds"/> interleaved rounds all of them as
    /// <c>ledger rebuild</c> does and the trivial baseline over the same events; the whole rebuild against the baseline of
    /// its own round is the measure (the median of the rounds), the projections alone show where its time goes. Rounds,
    /// because this machine's speed drifts by more between minutes than any change measured here.
    /// </summary>
    private static async Task RebuildAsync(string connection, string schema, long events, TextWriter output, CancellationToken ct)
    {
        // Both rebuild as `ledger rebuild` does: on a store that holds no key, appends nothing and plans as a replay.
        await using var ledger = await OpenReplayAsync(connection, schema, LedgerProjections.Configure, ct);
        var times = new List<(string Name, TimeSpan Elapsed)>();
        using (var daemon = await ledger.Marten.BuildProjectionDaemonAsync())
        {
            foreach (var projection in ledger.Marten.Options.Events.Projections())
            {
                var watch = Stopwatch.StartNew();
                await daemon.RebuildProjectionAsync(projection.Name, RebuildTimeout, ct);
                times.Add((projection.Name, watch.Elapsed));
            }
        }
        await using var baseline = await OpenReplayAsync(connection, schema, options =>
        {
            options.Projections.AsyncMode = DaemonMode.ExternallyManaged;
            options.Events.AddEventTypes(ProjectionsMarket.EventTypes);
            options.Projections.Add<ProjectionsStreamCount>(ProjectionLifecycle.Async);
        }, ct);
        var rounds = new List<(TimeSpan Whole, TimeSpan Trivial)>();
        for (var round = 0; round < Rounds; round++)
        {
            var rebuild = Stopwatch.StartNew();
            await LedgerProjections.RebuildAllAsync(ledger.Marten, ct);
            var whole = rebuild.Elapsed;
            using var daemon = await baseline.Marten.BuildProjectionDaemonAsync();
            var watch = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync("StreamCount", RebuildTimeout, ct);
            rounds.Add((whole, watch.Elapsed));
            await CheckBaselineAsync(baseline, events, ct);
        }
        var network = Stopwatch.StartNew();
        var holding = await BidderNetworkWarnings.RefreshAsync(ledger.Marten, new Projections.Detectors.DetectorThresholds().Network, ct);
        var networkElapsed = network.Elapsed;

        var trivial = TimeSpan.FromSeconds(Median(rounds.Select(r => r.Trivial.TotalSeconds)));
        var baseRate = events / trivial.TotalSeconds;
        foreach (var (name, elapsed) in times)
        {
            var rate = events / elapsed.TotalSeconds;
            output.WriteLine($"| rebuild events/s, {name} alone ({elapsed.TotalSeconds:F0} s); baseline Marten StreamCount, median of the rounds ({trivial.TotalSeconds:F0} s) | {rate:N0} | {baseRate:N0} | {rate / baseRate:F2} | — |");
        }
        var wholeMedian = Median(rounds.Select(r => r.Whole.TotalSeconds));
        var each = string.Join("; ", rounds.Select(r => $"{r.Whole.TotalSeconds:F0} s vs {r.Trivial.TotalSeconds:F0} s = {r.Trivial / r.Whole:F2}"));
        output.WriteLine($"| rebuild events/s, all {times.Count} ledger projections at once, as `ledger rebuild`, median of {Rounds} rounds each against its own baseline ({each}) | {events / wholeMedian:N0} | {baseRate:N0} | {Median(rounds.Select(r => r.Trivial / r.Whole)):F2} | ≥ 0.5 |");
        output.WriteLine($"| network warnings refreshed over all tenders (bid-together, cover, rotation): {holding:N0} hold | {networkElapsed.TotalSeconds:F1} s | — | — | — |");
    }

    private static Task<LedgerStore> OpenReplayAsync(string connection, string schema, Action<StoreOptions> configure, CancellationToken ct) =>
        LedgerStore.OpenAsync(new LedgerStoreOptions
        {
            ConnectionString = connection,
            Schema = schema,
            Origin = Origin,
            SigningKeys = [],
            ConfigureMarten = configure,
        }, ct);

    /// <summary>A baseline faster than its work is no baseline: every round's rebuild must have counted every event.</summary>
    private static async Task CheckBaselineAsync(LedgerStore baseline, long events, CancellationToken ct)
    {
        await using var session = baseline.Marten.QuerySession();
        var counted = await session.Query<ProjectionsStreamEvents>().SumAsync(d => d.Events, ct);
        if (counted != events)
        {
            throw new InvalidOperationException($"the baseline's rebuild counted {counted:N0} of {events:N0} events");
        }
    }

    private static double Median(IEnumerable<double> values) => BenchMachine.Percentile([.. values], 0.5);

    /// <summary>
    /// With the daemon running every projection and background writers appending tenders at <paramref name="load"/>
    /// events/s, appends a probe tender every <see cref="ProbeEvery"/> whose second bidder shares the first's machine, and
    /// times each from the call that appends that bid to the first poll that finds its warning stored.
    /// </summary>
    private static async Task LatencyAsync(LedgerStore ledger, int load, TimeSpan window, TextWriter output, CancellationToken ct)
    {
        using var daemon = await ledger.Marten.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
        using var stop = new CancellationTokenSource();
        var background = 0L;
        var period = TimeSpan.FromSeconds((double)LoadWriters * ProjectionsMarket.EventsPerTender / load);
        var loaders = Enumerable.Range(0, LoadWriters).Select(w => Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(period);
            for (var t = 0; await Tick(timer, stop.Token); t++)
            {
                await AppendTenderAsync(ledger, $"BL-{w}-{t:D6}", 1_000_000 + (w * 100_000) + t, sharedMachine: false, ct);
                Interlocked.Add(ref background, ProjectionsMarket.EventsPerTender);
            }
        }, ct)).ToArray();

        var pending = new ConcurrentDictionary<string, long>();
        var latencies = new ConcurrentBag<double>();
        var polling = Task.Run(async () =>
        {
            await using var session = ledger.Marten.QuerySession();
            while (!stop.IsCancellationRequested || !pending.IsEmpty)
            {
                foreach (var found in await session.LoadManyAsync<WarningRecord>(ct, pending.Keys.ToArray()))
                {
                    if (pending.TryRemove(found.Id, out var started))
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
                await Task.Delay(TimeSpan.FromMilliseconds(20), ct);
            }
        }, ct);

        var watch = Stopwatch.StartNew();
        var probes = 0;
        using (var timer = new PeriodicTimer(ProbeEvery))
        {
            while (watch.Elapsed < window && await timer.WaitForNextTickAsync(ct))
            {
                var seed = 2_000_000 + probes++;
                var tender = $"BX-{seed}";
                var (a, b) = ProjectionsMarket.SharedPair(seed);
                var id = WarningRecord.IdOf(SharedIdentifierDetector.SharedFeatureCode.Id, $"{tender}:{a}+{b}");
                var appends = ProjectionsMarket.Tender(tender, seed, sharedMachine: true).Take(3).ToArray();
                await ledger.AppendAsync(appends[0].Stream, 0, appends[0].Events, By(appends[0].By), ct);
                await ledger.AppendAsync(appends[1].Stream, 0, appends[1].Events, By(appends[1].By), ct);
                pending[id] = Stopwatch.GetTimestamp();
                await ledger.AppendAsync(appends[2].Stream, 0, appends[2].Events, By(appends[2].By), ct);
            }
        }
        var loadRate = Interlocked.Read(ref background) / watch.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await Task.WhenAll(loaders);
        var drain = Stopwatch.StartNew();
        while (!pending.IsEmpty && drain.Elapsed < ProbeCap)
        {
            await Task.Delay(100, ct);
        }
        var lost = pending.Count;
        pending.Clear();
        await polling;
        await daemon.StopAllAsync();
        double[] all = [.. latencies];
        var what = $"{all.Length} probes over {watch.Elapsed.TotalSeconds:F0} s, background {loadRate:N0} events/s (asked {load:N0}){(lost > 0 ? $", {lost} not found within {ProbeCap.TotalSeconds:F0} s" : "")}";
        output.WriteLine($"| append → shared-feature-code warning stored, p50; {what} | {BenchMachine.Percentile(all, 0.50):F0} ms | — | — | — |");
        output.WriteLine($"| append → shared-feature-code warning stored, p99; {what} | {BenchMachine.Percentile(all, 0.99):F0} ms | — | — | ≤ 5000 ms |");
    }

    private static async ValueTask<bool> Tick(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task AppendTenderAsync(LedgerStore ledger, string tenderId, int seed, bool sharedMachine, CancellationToken ct)
    {
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (stream, events, by) in ProjectionsMarket.Tender(tenderId, seed, sharedMachine))
        {
            var version = versions.GetValueOrDefault(stream);
            await ledger.AppendAsync(stream, version, events, By(by), ct);
            versions[stream] = version + events.Count;
        }
    }

    private static EventContext By(Actor actor) => new(actor, "bench-projections", null, Client);
}
