using System.Text;
using Ledger.Cli.Import;

namespace Ledger.Tests.Markets;

/// <summary>Reads CSV text as the importer reads a file.</summary>
internal static class Csv
{
    public const string Header = "tender_id,date,bidder_id,amount,winner,ceiling,region,label";

    public static MarketImport Read(string text, string? map = null, DecimalStyle? style = null) =>
        MarketFile.Read(Encoding.UTF8.GetBytes(text), "test.csv", "m", ColumnMap.ParseOption(map), style);

    /// <summary>The reason the import refuses <paramref name="text"/>, as "line N: reason".</summary>
    public static string Refusal(string text, string? map = null, DecimalStyle? style = null)
    {
        var refusal = Assert.Throws<ImportException>(() => Read(text, map, style));
        Assert.StartsWith($"line {refusal.Line}: ", refusal.Message);
        return refusal.Message;
    }

    /// <summary>A file of the default header and the given rows, lines joined by LF.</summary>
    public static string File(params string[] rows) => string.Join('\n', [Header, .. rows]) + "\n";
}
