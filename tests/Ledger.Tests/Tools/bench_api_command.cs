using System.Net;
using System.Text.RegularExpressions;
using Ledger.Cli;
using Ledger.Cli.Bench.Load;
using Ledger.Tests.Api;
using Ledger.Tests.Support;

namespace Ledger.Tests.Tools;

/// <summary>
/// <c>ledger bench api</c>, small: as a user runs it (its own API as a child process, here on the class's database),
/// and against the API hosted in-process, where a handler between the bidders and the API loses an acknowledgement
/// or changes a receipt, to show that the count and the receipt checks can fail.
/// </summary>
public sealed partial class bench_api_command(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private static readonly LoadSettings Small = new(Clients: 5, Duration: TimeSpan.FromSeconds(3), Tenders: 2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task runs_its_own_api_and_verifies_every_receipt_and_counts_every_event()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = await ApiBenchmark.RunAsync(
            Options.Parse(["--clients", "5", "--seconds", "3", "--tenders", "2", "--connection", await postgres.DatabaseFor(this)]), output, error, Ct);

        var text = output.ToString();
        Assert.True(code == 0, text + error);
        Assert.Empty(error.ToString());
        Assert.Matches(@"API: http://127\.0\.0\.1:\d+/ \(child process, Development\)", text);
        var events = Figure(text, "events acknowledged (set-up and load)");
        Assert.True(Figure(text, "acknowledged commands under load (submit-bid, amend-bid)") > 0, text);
        // Set-up: two tenders entered and published; five bidders, two tenders each, documents and deposit.
        Assert.Equal(2 * (2 + (5 * 2)), Figure(text, "set-up commands acknowledged (tenders entered and published, documents, deposits)"));
        Assert.Equal(events, Figure(text, "events in the ledger (events stored in the run's streams, counted in the database)"));
        Assert.Contains($"| receipts verified | {events:N0} of {events:N0} |", text);
        Assert.Contains("| event count match | yes |", text);
        Assert.Contains("| errors by status | none |", text);
        Assert.Matches(@"\| latency p99, every request under load \| \d+\.\d ms \|", text);
    }

    [Fact]
    public async Task against_a_running_api_the_log_counts_every_event()
    {
        using var api = new LedgerApi(await postgres.DatabaseFor(this, "log"), Start);
        await api.WaitUntilReadyAsync(Ct);

        using var log = api.CreateClient();

        var report = await LoadRun.RunAsync(Target(api, () => []), Small, new LogGrowthCount(log), "test", TextWriter.Null, Ct);

        Assert.True(report.Passed, Table(report));
        Assert.Equal(report.EventsAcknowledged, report.EventsCounted);
        Assert.Equal(report.EventsAcknowledged, report.ReceiptsVerified);
    }

    [Theory]
    [InlineData("database")]
    [InlineData("log")]
    public async Task an_event_whose_acknowledgement_is_lost_fails_the_count(string counter)
    {
        var connection = await postgres.DatabaseFor(this, "lost_" + counter);
        using var api = new LedgerApi(connection, Start);
        await api.WaitUntilReadyAsync(Ct);
        var lost = new Once();
        using var log = api.CreateClient();
        IEventCount count = counter == "database" ? new StreamEventCount(connection) : new LogGrowthCount(log);

        var report = await LoadRun.RunAsync(Target(api, () => [new LoseAnAcknowledgement(lost)]), Small, count, "test", TextWriter.Null, Ct);

        var table = Table(report);
        Assert.False(report.Passed, table);
        Assert.Equal(report.EventsAcknowledged + 1, report.EventsCounted);
        Assert.Equal(report.EventsAcknowledged, report.ReceiptsVerified);
        Assert.Contains("| event count match | no (1 more events than acknowledged) |", table);
        Assert.Contains("| errors by status | 422: ", table);
        Assert.Contains("502: 1", table);
    }

    [Fact]
    public async Task a_changed_receipt_is_named_and_fails_the_run()
    {
        using var api = new LedgerApi(await postgres.DatabaseFor(this, "changed"), Start);
        await api.WaitUntilReadyAsync(Ct);
        var changed = new Once();
        using var log = api.CreateClient();

        var report = await LoadRun.RunAsync(Target(api, () => [new ChangeAReceipt(changed)]), Small, new LogGrowthCount(log), "test", TextWriter.Null, Ct);

        var table = Table(report);
        Assert.False(report.Passed, table);
        Assert.True(report.CountsMatch, table);
        Assert.Equal(report.EventsAcknowledged - 1, report.ReceiptsVerified);
        Assert.Contains($"| receipts verified | {report.EventsAcknowledged - 1:N0} of {report.EventsAcknowledged:N0} |", table);
        Assert.Matches(@"✗ receipt of \S+ v\d+ \(event [0-9a-f-]{36}\) does not verify: ", table);
    }

    [Theory]
    [InlineData("--data-directory", "/tmp/x")]
    [InlineData("--api", "http://127.0.0.1:5080", "--connection", "Host=localhost")]
    [InlineData("--api", "ftp://127.0.0.1:5080")]
    [InlineData("--api", "http://127.0.0.1:5080", "--data-directory", "/nonexistent/ledger-data")]
    [InlineData("--clients", "0")]
    [InlineData("--seconds", "1m")]
    [InlineData("--bidders", "5")]
    public void bad_arguments_exit_2_with_one_line(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        Assert.Equal(2, Cli.Cli.Run(["bench", "api", .. args], output, error));

        Assert.Empty(output.ToString());
        Assert.StartsWith("ledger: ", error.ToString());
    }

    private static LoadTarget Target(LedgerApi api, Func<DelegatingHandler[]> handlers) =>
        new(() => api.CreateDefaultClient(handlers()), actor => api.Token(actor));

    private static string Table(LoadReport report)
    {
        var table = new StringWriter();
        report.Print(table);
        return table.ToString();
    }

    /// <summary>The whole number in the table row named <paramref name="measure"/>.</summary>
    private static long Figure(string table, string measure)
    {
        var row = table.Split('\n').Single(l => l.StartsWith($"| {measure} | ", StringComparison.Ordinal));
        return long.Parse(Number().Match(row[(measure.Length + 4)..]).Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"[\d,]+")]
    private static partial Regex Number();

    /// <summary>Shared by the handlers of all clients: the first one to act wins.</summary>
    private sealed class Once
    {
        private int taken;

        public bool Take() => Interlocked.Exchange(ref taken, 1) == 0;
    }

    /// <summary>The first accepted bid never reaches its bidder: the event is in the ledger, its acknowledgement lost.</summary>
    private sealed class LoseAnAcknowledgement(Once once) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK || request.RequestUri!.AbsolutePath != "/bidding/submit-bid" || !once.Take())
            {
                return response;
            }
            response.Dispose();
            return new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("the proxy lost the answer") };
        }
    }

    /// <summary>Moves the first receipt served to another tender: the run's tender ids in it change by one letter.</summary>
    private sealed class ChangeAReceipt(Once once) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK || !request.RequestUri!.AbsolutePath.StartsWith("/receipts/", StringComparison.Ordinal) || !once.Take())
            {
                return response;
            }
            var receipt = await response.Content.ReadAsStringAsync(cancellationToken);
            Assert.Contains("BENCH-", receipt);
            response.Content = new StringContent(receipt.Replace("BENCH-", "BENCX-", StringComparison.Ordinal));
            return response;
        }
    }
}
