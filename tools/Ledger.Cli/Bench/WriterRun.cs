using System.Diagnostics;

namespace Ledger.Cli.Bench;

/// <summary>What a run of concurrent writers did: events appended, wall time, and each append's latency in milliseconds.</summary>
internal sealed record WriterRun(long Events, TimeSpan Elapsed, double[] LatenciesMs)
{
    public double Rate => Events / Elapsed.TotalSeconds;

    /// <summary>
    /// Runs <paramref name="writers"/> writers, each appending one event per call to its own new stream
    /// <c>tag/writer</c>, until <paramref name="window"/> has passed or <paramref name="limit"/> appends have
    /// started, whichever comes first; the time runs until the last writer's last append returns.
    /// </summary>
    public static async Task<WriterRun> RunAsync(Appender append, int writers, string tag, TimeSpan window, long limit, CancellationToken ct)
    {
        var started = 0L;
        var latencies = new List<double>[writers];
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(
            async () =>
            {
                var mine = latencies[writer] = new List<double>(1024);
                var stream = $"{tag}/{writer}";
                for (long version = 0; watch.Elapsed < window && Interlocked.Increment(ref started) <= limit; version++)
                {
                    var start = Stopwatch.GetTimestamp();
                    await append(stream, version, BidDepositReceived.Sample(writer, version), ct);
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            },
            ct)));
        var elapsed = watch.Elapsed;
        double[] all = [.. latencies.SelectMany(l => l)];
        return new WriterRun(all.Length, elapsed, all);
    }
}
