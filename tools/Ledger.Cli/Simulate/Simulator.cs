using System.Diagnostics;
using System.Globalization;
using Ledger.Bidding;
using Ledger.Store;
using Npgsql;

namespace Ledger.Cli.Simulate;

/// <summary>
/// Plans a market, records it in a ledger store through the commands, seals it, and returns its ground truth. A
/// sealer runs alongside, as in the API; when another sealer (the API's) leads, that one seals instead.
/// </summary>
internal static class Simulator
{
    private static readonly TimeSpan SealWait = TimeSpan.FromSeconds(60);

    /// <param name="options">The store to record in; its clock is replaced by the simulation's.</param>
    /// <exception cref="UsageException">The store already holds a market of that name.</exception>
    /// <exception cref="SimulationRefusedException">The rules refused a planned command: a bug.</exception>
    public static async Task<SimulationSummary> RunAsync(LedgerStoreOptions options, SimulationParameters parameters, TextWriter output, CancellationToken ct)
    {
        var plan = MarketPlanner.Plan(parameters);
        var clock = new SimulationClock();
        await using var store = await LedgerStore.OpenAsync(options with { Clock = clock }, ct);
        await using (var session = store.Marten.QuerySession())
        {
            if (await session.Events.FetchStreamStateAsync(BiddingStreams.TenderStream(plan.Tenders[0].TenderId), ct) is not null)
            {
                throw new UsageException($"schema {options.Schema} already holds market {parameters.Market}: give another --market");
            }
        }
        var book = new EventBook();
        var ledger = new SimulatedLedger(store, clock, book, $"simulate/{parameters.Market}", ct);
        using var sealing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var sealer = new Sealer(store).RunAsync(sealing.Token);
        var watch = Stopwatch.StartNew();
        var reported = 0;
        var gate = new Lock();
        TimeSpan elapsed;
        long unsealed;
        try
        {
            await MarketRun.RunAsync(ledger, plan, Math.Clamp(Environment.ProcessorCount * 4, 4, 32), (done, total) =>
            {
                lock (gate)
                {
                    if (done * 10 / total > reported)
                    {
                        reported = done * 10 / total;
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {reported * 10,3}% · {done:N0} of {total:N0} stories · {book.Count:N0} events · {book.Count / watch.Elapsed.TotalSeconds:N0} events/s"));
                    }
                }
            }, ct);
            elapsed = watch.Elapsed;
            unsealed = await WaitForSealAsync(options, ct);
        }
        finally
        {
            await sealing.CancelAsync();
            await sealer;
        }
        return new SimulationSummary(
            Truth(plan, options.Schema, book),
            plan.Tenders.Sum(t => t.Bids.Count),
            plan.Tenders.Sum(t => t.Standing.Count()),
            plan.Properties.Count,
            plan.Properties.Sum(p => p.Registrations.Count),
            plan.Cases.Count,
            book.Count,
            elapsed,
            unsealed);
    }

    private static GroundTruth Truth(MarketPlan plan, string schema, EventBook book)
    {
        var p = plan.Market.Parameters;
        var labels = plan.Tenders.Select(t => new TenderLabel(
            t.TenderId, t.Region.Code, t.Category.Key, t.PublishedAt, t.Deadline, t.Ceiling, t.Scored ? "scored" : "lowest-price", t.Standing.Count(),
            t.WinnerId, t.Bid(t.WinnerId).Price, t.Kinds.Any(IsCollusion),
            [.. t.Kinds.Distinct()]));
        var cases = plan.Planted.Select(c => c.Identify(book)).OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Subject, StringComparer.Ordinal);
        return new GroundTruth(GroundTruth.CurrentFormat, p.Market, p.Seed, p, schema, [.. labels], [.. cases], MarketPlan.Skipped);
    }

    /// <summary>Bidders colluding among themselves (<c>bid.*</c>, <c>collusion.*</c>) or with the tenderer (<c>reads.*</c>, Art. 41); not an expert's misconduct.</summary>
    private static bool IsCollusion(string kind) =>
        kind.StartsWith("bid.", StringComparison.Ordinal) || kind.StartsWith("collusion.", StringComparison.Ordinal) || kind.StartsWith("reads.", StringComparison.Ordinal);

    /// <summary>Waits until no event of the ledger waits to be sealed, up to a minute; returns how many still wait.</summary>
    private static async Task<long> WaitForSealAsync(LedgerStoreOptions options, CancellationToken ct)
    {
        await using var db = NpgsqlDataSource.Create(options.ConnectionString);
        await using var count = db.CreateCommand($"SELECT count(*) FROM {SqlName.Quote(options.Schema)}.ledger_pending");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var pending = (long)(await count.ExecuteScalarAsync(ct))!;
            if (pending == 0 || waited.Elapsed > SealWait)
            {
                return pending;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
    }
}
