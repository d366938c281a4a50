using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ledger.Actions;
using Ledger.Bidding.Commands;
using Ledger.Cli.Demo;

namespace Ledger.Cli.Bench.Load;

/// <summary>
/// The load test's phases against one API: set-up (the centre enters and publishes the tenders, each bidder obtains
/// documents and has its deposits recorded), load (every bidder submits and amends for the set duration), then the
/// checks, within a hard cap: every acknowledged event's receipt verified offline, and the events the ledger holds
/// for the run counted against those acknowledged.
/// </summary>
internal static class LoadRun
{
    private const decimal Deposit = 200_000m;

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan SetUpCap = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan VerificationCap = TimeSpan.FromMinutes(5);

    /// <summary>The deadline lies this far after the set-up: long after any run ends, so no bid is refused as late.</summary>
    private static readonly TimeSpan BidWindow = TimeSpan.FromDays(1);

    /// <summary>Every tender of run <paramref name="run"/> starts with this, so its streams can be told from any other's.</summary>
    public static string TenderPrefix(string run) => $"BENCH-{run}-";

    public static async Task<LoadReport> RunAsync(LoadTarget target, LoadSettings settings, IEventCount count, string loadBefore, TextWriter output, CancellationToken ct)
    {
        using var centre = new LoadClient(target.NewClient());
        await WaitUntilReadyAsync(centre.Http, ct);
        var keys = await LogKeys.FetchAsync(centre.Http, ct);
        await count.StartAsync(ct);
        var run = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        // The centre enters the tenders, records the deposits and may read every receipt.
        var centreToken = target.TokenFor(new Actor($"op-bench-{run}", null, "centre-bench", Role.CentreOperator));

        output.WriteLine($"run {run}: set-up of {settings.Tenders:N0} tenders and {settings.Clients:N0} bidders …");
        var setUp = new List<AppendedEvent>();
        var bidders = new List<Bidder>();
        try
        {
            using (var cap = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                cap.CancelAfter(SetUpCap);
                try
                {
                    var tenders = await PublishTendersAsync(centre, centreToken, run, settings.Tenders, setUp, cap.Token);
                    // Consecutive tenders, so each tender has about the same number of bidders.
                    bidders.AddRange(Enumerable.Range(0, settings.Clients).Select(b => new Bidder(
                        b, run, [.. Enumerable.Range(0, settings.TendersPerBidder).Select(k => tenders[(b + k) % tenders.Count])],
                        new LoadClient(target.NewClient()), target.TokenFor, centreToken)));
                    foreach (var events in await Task.WhenAll(bidders.Select(b => b.SetUpAsync(cap.Token))))
                    {
                        setUp.AddRange(events);
                    }
                }
                catch (OperationCanceledException) when (cap.IsCancellationRequested && !ct.IsCancellationRequested)
                {
                    throw new LoadStoppedException($"the set-up did not finish within {SetUpCap.TotalMinutes:F0} minutes", 1);
                }
            }
            var setUpCommands = 2 * (settings.Tenders + (settings.Clients * settings.TendersPerBidder));

            output.WriteLine($"load: {settings.Clients:N0} bidders submit and amend for {settings.Duration.TotalSeconds:F0} s …");
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(bidders.Select(b => Task.Run(() => b.LoadAsync(clock, settings.Duration, ct), ct)));
            var elapsed = clock.Elapsed;

            AppendedEvent[] acknowledged = [.. setUp, .. bidders.SelectMany(b => b.Acknowledged)];
            output.WriteLine($"checks: {acknowledged.Length:N0} receipts to verify offline, events to count …");
            using var verification = CancellationTokenSource.CreateLinkedTokenSource(ct);
            verification.CancelAfter(VerificationCap);
            // Each bidder checks its own bids' receipts, as bidders do: before the opening no one else may read them.
            var bidderTokens = bidders.ToDictionary(b => b.Id, b => target.TokenFor(b.Actor));
            var (verified, failures) = await ReceiptAudit.RunAsync(
                target.NewClient, e => e.Stream.Split('/') is ["bid", _, var bidder] ? bidderTokens[bidder] : centreToken, acknowledged, keys, verification.Token);
            long counted;
            try
            {
                counted = await count.CountAsync(run, verification.Token);
            }
            catch (OperationCanceledException) when (verification.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                throw new LoadStoppedException($"the events were not counted within the verification's {VerificationCap.TotalMinutes:F0} minutes", 1);
            }
            var errors = bidders.SelectMany(b => b.Errors).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Value));
            return new LoadReport(
                settings, elapsed, bidders.Sum(b => b.Commands), [.. bidders.SelectMany(b => b.Latencies)], errors, setUpCommands,
                acknowledged.Length, acknowledged.Select(e => e.EventId).Distinct().Count(), counted, count.Source, verified, failures, loadBefore);
        }
        finally
        {
            bidders.ForEach(b => b.Dispose());
        }
    }

    /// <summary>The centre enters each tender and publishes its notice; the deadline is set on the ledger's clock, read from the first promise.</summary>
    private static async Task<List<TenderNotice>> PublishTendersAsync(
        LoadClient centre, string token, string run, int count, List<AppendedEvent> events, CancellationToken ct)
    {
        var tenders = new List<TenderNotice>();
        DateTimeOffset? deadline = null;
        for (var t = 0; t < count; t++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{TenderPrefix(run)}{t:D4}");
            var entered = (await centre.PostAsync(token, "bidding/enter-project", new EnterProject(id, $"压力测试工程 {id}", "tenderer-bench", null), ct))
                .EventsOrStop($"POST /bidding/enter-project of tender {id}");
            events.AddRange(entered);
            deadline ??= WholeSeconds(PromisedTime(entered[^1]) + BidWindow);
            var documents = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"招标文件 {id}")));
            var notice = new PublishTenderNotice(id, 50_000_000m, deadline.Value, deadline.Value, documents, Deposit, BiddingRules.MinPublicityDays);
            events.AddRange((await centre.PostAsync(token, "bidding/publish-tender-notice", notice, ct)).EventsOrStop($"POST /bidding/publish-tender-notice of tender {id}"));
            tenders.Add(new TenderNotice(id, documents, Deposit));
        }
        return tenders;
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("health/ready", ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
                if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
                {
                    throw new LoadStoppedException($"the API at {http.BaseAddress} is not ready: GET /health/ready answered {(int)response.StatusCode}", 2);
                }
            }
            catch (Exception e) when (e is HttpRequestException { StatusCode: null } || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                throw new LoadStoppedException($"the API at {http.BaseAddress} is not answering: {e.Message}", 2);
            }
            if (waited.Elapsed > ReadyTimeout)
            {
                throw new LoadStoppedException($"the API at {http.BaseAddress} was not ready after {ReadyTimeout.TotalSeconds:F0} s", 2);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }

    /// <summary>The <c>time</c> line of the event's signed promise (<c>ledger-promise/v1</c>): when the ledger recorded it.</summary>
    private static DateTimeOffset PromisedTime(AppendedEvent e) =>
        e.Promise.Split('\n').FirstOrDefault(l => l.StartsWith("time ", StringComparison.Ordinal)) is { } line
        && DateTimeOffset.TryParse(line["time ".Length..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new LoadStoppedException($"the promise of event {e.EventId} has no readable time line: {e.Promise}", 1);

    /// <summary>Rules take only UTC instants in whole microseconds; whole seconds are that and read well.</summary>
    private static DateTimeOffset WholeSeconds(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
