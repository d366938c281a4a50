using System.Globalization;
using System.Security.Cryptography;
using Ledger.Markets.Events;

namespace Ledger.Cli.Import;

/// <summary>
/// A file of historical tender results, one row per bid, read into the events of one import. Every row is checked
/// before anything is returned, and the first problem stops the import with its line: a tender has one date, region and
/// ceiling on all its rows, positive amounts, one row per bidder, and at most one winner (a lot awarded to two bidders
/// is two tenders; the screens take one winner per tender).
/// </summary>
internal static class MarketFile
{
    /// <param name="forced">The decimal style from <c>--decimal</c>; null reads it from the file's own numbers.</param>
    /// <exception cref="ImportException">The first problem, with its line.</exception>
    public static MarketImport Read(byte[] bytes, string sourceFile, string market, IReadOnlyDictionary<MarketField, string> mapped, DecimalStyle? forced)
    {
        var table = CsvReader.Read(bytes);
        var columns = ColumnMap.Resolve(table.Header, mapped);
        var (style, decidedBy) = forced is { } given ? (given, $"--decimal {DecimalText.Name(given)} was given") : Style(table, columns);
        var tenders = new Dictionary<string, TenderRows>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var cells = new Cells(row, columns, style, decidedBy);
            var id = cells.Text(MarketField.TenderId);
            var tender = tenders.TryGetValue(id, out var known) ? known : tenders[id] = new TenderRows(id, row.Line, cells);
            tender.Add(row.Line, cells);
        }
        var history = new MarketHistoryImported(
            market, sourceFile, Convert.ToHexStringLower(SHA256.HashData(bytes)), table.Rows.Count, tenders.Count, columns.Columns);
        return new MarketImport(history, [.. tenders.Values.Select(t => t.Result(market))], style);
    }

    /// <summary>The style the first number that can be read only one way decides, and where it is.</summary>
    private static (DecimalStyle Style, string DecidedBy) Style(CsvTable table, ColumnMap columns)
    {
        (int Line, string Field, string Text)? ambiguous = null;
        foreach (var row in table.Rows)
        {
            foreach (var field in new[] { MarketField.Amount, MarketField.Ceiling })
            {
                var text = columns.Cell(row, field) ?? "";
                switch (DecimalText.Classify(text))
                {
                    case NumberSpelling.Point:
                        return (DecimalStyle.Point, $"line {row.Line} writes {ColumnMap.Name(field)} '{text}' with a decimal point");
                    case NumberSpelling.Comma:
                        return (DecimalStyle.Comma, $"line {row.Line} writes {ColumnMap.Name(field)} '{text}' with a decimal comma");
                    case NumberSpelling.Ambiguous:
                        ambiguous ??= (row.Line, ColumnMap.Name(field), text);
                        break;
                }
            }
        }
        if (ambiguous is { } a)
        {
            throw new ImportException(a.Line,
                $"{a.Field} '{a.Text}' could be read with a decimal point or a decimal comma, and no number in the file tells which: give --decimal point or --decimal comma");
        }
        return (DecimalStyle.Point, "no number in the file has decimals");
    }

    /// <summary>One row's values, each read and checked as it is asked for.</summary>
    private sealed class Cells(CsvRecord row, ColumnMap columns, DecimalStyle style, string decidedBy)
    {
        public int Line => row.Line;

        public string Text(MarketField field) =>
            columns.Cell(row, field) is { Length: > 0 } text ? text : throw Problem(field, "is empty");

        public (DateOnly Date, TimeOnly? Time) When()
        {
            var text = Text(MarketField.Date);
            return DateText.TryParse(text, out var date, out var time, out var problem) ? (date, time) : throw Problem(MarketField.Date, $"'{text}' {problem}");
        }

        public decimal? Positive(MarketField field)
        {
            var text = columns.Cell(row, field) ?? "";
            if (text.Length == 0)
            {
                return field == MarketField.Amount ? throw Problem(field, "is empty") : null;
            }
            var spelling = DecimalText.Classify(text);
            if (spelling is NumberSpelling.Point or NumberSpelling.Comma && (spelling == NumberSpelling.Point) != (style == DecimalStyle.Point))
            {
                throw Problem(field, $"'{text}' is written with a decimal {(spelling == NumberSpelling.Point ? "point" : "comma")}, but {decidedBy}");
            }
            if (!DecimalText.TryParse(text, style, out var value, out var problem))
            {
                throw Problem(field, $"'{text}' {problem}");
            }
            return value > 0 ? value : throw Problem(field, $"must be positive, not {value.ToString(CultureInfo.InvariantCulture)}");
        }

        public bool? Flag(MarketField field)
        {
            var text = columns.Cell(row, field) ?? "";
            return FlagText.TryParse(text, out var value) ? value : throw Problem(field, $"'{text}' is not one of {FlagText.Spellings}");
        }

        private ImportException Problem(MarketField field, string reason) => new(row.Line, $"{ColumnMap.Name(field)} {reason}");
    }

    /// <summary>The rows of one tender so far, checked against its first row.</summary>
    private sealed class TenderRows(string id, int line, Cells first)
    {
        private readonly (DateOnly Date, TimeOnly? Time) when = first.When();
        private readonly string region = first.Text(MarketField.Region);
        private readonly decimal? ceiling = first.Positive(MarketField.Ceiling);
        private readonly List<ImportedBid> bids = [];
        private readonly Dictionary<string, int> bidderLines = new(StringComparer.Ordinal);
        private (string Bidder, int Line)? winner;

        public void Add(int row, Cells cells)
        {
            if (cells.When() is var w && w != when)
            {
                throw new ImportException(row, $"tender {id} is dated {Spell(w)} here but {Spell(when)} on line {line}");
            }
            if (cells.Text(MarketField.Region) is var r && r != region)
            {
                throw new ImportException(row, $"tender {id} is in region {r} here but {region} on line {line}");
            }
            if (cells.Positive(MarketField.Ceiling) is var c && c != ceiling)
            {
                throw new ImportException(row, $"tender {id} has {Spell(c)} here but {Spell(ceiling)} on line {line}");
            }
            var bidder = cells.Text(MarketField.BidderId);
            if (!bidderLines.TryAdd(bidder, row))
            {
                throw new ImportException(row, $"bidder {bidder} bids twice in tender {id} (also on line {bidderLines[bidder]})");
            }
            var amount = cells.Positive(MarketField.Amount)!.Value;
            var won = cells.Flag(MarketField.Winner) ?? false;
            if (won && winner is { } earlier)
            {
                throw new ImportException(row, $"tender {id} has a second winner {bidder}; {earlier.Bidder} won on line {earlier.Line} (a tender has at most one winner: import each awarded lot as its own tender)");
            }
            winner = won ? (bidder, row) : winner;
            bids.Add(new ImportedBid(bidder, amount, won, cells.Flag(MarketField.Label)));
        }

        public ImportedTender Result(string market)
        {
            var labels = bids.Select(b => b.Collusive).OfType<bool>().ToArray();
            bool? collusive = labels.Length == 0 ? null : labels.Any(l => l);
            return new ImportedTender(line, new TenderResultImported(market, id, when.Date, when.Time, region, ceiling, bids, collusive));
        }

        private static string Spell((DateOnly Date, TimeOnly? Time) when) =>
            when.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (when.Time is { } t ? t.ToString(" HH:mm:ss", CultureInfo.InvariantCulture) : "");

        private static string Spell(decimal? ceiling) => ceiling is { } c ? $"ceiling {c.ToString(CultureInfo.InvariantCulture)}" : "no ceiling";
    }
}
