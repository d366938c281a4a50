using System.Globalization;

namespace Ledger.Cli.Bench.Load;

/// <summary>What a load run measured and what its checks found; it passes only when every receipt verified and the counts match.</summary>
internal sealed record LoadReport(
    LoadSettings Settings,
    TimeSpan Elapsed,
    int Commands,
    double[] LatenciesMs,
    IReadOnlyDictionary<string, int> Errors,
    int SetUpCommands,
    int EventsAcknowledged,
    int DistinctEvents,
    long EventsCounted,
    string CountSource,
    int ReceiptsVerified,
    IReadOnlyList<string> ReceiptFailures,
    string LoadAverageBefore)
{
    public bool CountsMatch => DistinctEvents == EventsAcknowledged && EventsCounted == EventsAcknowledged;

    /// <summary>A run that acknowledged nothing under load measured nothing, whatever its checks say.</summary>
    public bool Passed => Commands > 0 && ReceiptsVerified == EventsAcknowledged && CountsMatch;

    public void Print(TextWriter output)
    {
        var rate = Commands / Elapsed.TotalSeconds;
        output.WriteLine();
        output.WriteLine("| measure | value |");
        output.WriteLine("|---|---:|");
        Row(output, "clients (bidders, each its own organisation, person, token and connection)", $"{Settings.Clients:N0}");
        Row(output, "tenders; tenders per bidder", $"{Settings.Tenders:N0}; {Settings.TendersPerBidder}");
        Row(output, "seconds of load (until the last answer)", $"{Elapsed.TotalSeconds:F1}");
        Row(output, "acknowledged commands under load (submit-bid, amend-bid)", $"{Commands:N0}");
        Row(output, "commands/s", $"{rate:N1}");
        Row(output, "latency p50, every request under load", $"{BenchMachine.Percentile(LatenciesMs, 0.50):F1} ms");
        Row(output, "latency p99, every request under load", $"{BenchMachine.Percentile(LatenciesMs, 0.99):F1} ms");
        Row(output, "errors by status", Errors.Count == 0 ? "none" : string.Join(", ", Errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {e.Value:N0}")));
        Row(output, "set-up commands acknowledged (tenders entered and published, documents, deposits)", $"{SetUpCommands:N0}");
        Row(output, "events acknowledged (set-up and load)", $"{EventsAcknowledged:N0}");
        Row(output, $"events in the ledger ({CountSource})", $"{EventsCounted:N0}");
        Row(output, "receipts verified", $"{ReceiptsVerified:N0} of {EventsAcknowledged:N0}");
        Row(output, "event count match", CountsMatch ? "yes" : $"no ({Mismatch()})");
        Row(output, "machine load average before (1, 5, 15 min)", LoadAverageBefore);
        foreach (var failure in ReceiptFailures)
        {
            output.WriteLine($"✗ {failure}");
        }
    }

    private string Mismatch() =>
        DistinctEvents != EventsAcknowledged ? $"{EventsAcknowledged - DistinctEvents:N0} event ids acknowledged twice"
        : EventsCounted > EventsAcknowledged ? $"{EventsCounted - EventsAcknowledged:N0} more events than acknowledged"
        : $"{EventsAcknowledged - EventsCounted:N0} acknowledged events missing";

    private static void Row(TextWriter output, string measure, string value) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {measure} | {value} |"));
}
