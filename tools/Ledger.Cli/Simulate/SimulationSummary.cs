using System.Globalization;

namespace Ledger.Cli.Simulate;

/// <summary>What a run recorded and how fast, printed at its end.</summary>
internal sealed record SimulationSummary(
    GroundTruth Truth, int BidsSubmitted, int BidsOpened, int Properties, int Registrations, int ApprovalCases, long Events, TimeSpan Elapsed, long Unsealed)
{
    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var p = Truth.Parameters;
        output.WriteLine(string.Create(c, $"market {Truth.Market} (seed {Truth.Seed}, rate {p.Rate:0.###}, subtlety {p.Subtlety:0.###}) in schema {Truth.Schema}"));
        output.WriteLine(string.Create(c,
            $"tenders {Truth.Tenders.Count:N0} ({Truth.Tenders.Count(t => t.Collusive):N0} collusive), bids {BidsSubmitted:N0} submitted, {BidsOpened:N0} opened; bidders {p.Bidders:N0}, experts {p.Experts:N0}"));
        output.WriteLine(string.Create(c, $"properties {Properties:N0} with {Registrations:N0} registrations; approval cases {ApprovalCases:N0}"));
        output.WriteLine(string.Create(c,
            $"events appended {Events:N0} in {Elapsed.TotalSeconds:F1} s: {Events / Math.Max(Elapsed.TotalSeconds, 0.001):N0} events/s; {(Unsealed == 0 ? "all sealed" : $"{Unsealed:N0} waiting to be sealed")}"));
        output.WriteLine(string.Create(c, $"planted cases: {Truth.Cases.Count:N0}"));
        foreach (var kind in Truth.Cases.GroupBy(x => x.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(c, $"  {kind.Key,-36} {kind.Count(),5:N0}"));
        }
        output.WriteLine($"not planted: {string.Join(", ", Truth.Skipped.Select(s => s.Kind))}");
    }
}
