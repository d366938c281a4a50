using System.Collections.Frozen;
using Ledger.Markets.Events;

namespace Ledger.Cli.Import;

/// <summary>
/// Which column of a file holds each <see cref="MarketField"/>. A field takes the column <c>--map field=Column</c>
/// names; otherwise the first column whose header is the field's name or one of its common aliases, compared without
/// case, spaces, '_', '-' and '.'. Ceiling and label may be absent; the other fields must be found.
/// </summary>
internal sealed class ColumnMap
{
    private static readonly FrozenDictionary<MarketField, string[]> Aliases = new Dictionary<MarketField, string[]>
    {
        [MarketField.TenderId] = ["tender_id", "tender", "tender_no", "tender_number", "lot_id", "project_id", "标段编号", "项目编号", "招标编号", "标段"],
        [MarketField.Date] = ["date", "tender_date", "opening_date", "bid_date", "award_date", "开标日期", "开标时间", "日期"],
        [MarketField.BidderId] = ["bidder_id", "bidder", "firm", "firm_id", "company", "supplier", "投标人", "投标人编号", "投标单位", "统一社会信用代码"],
        [MarketField.Amount] = ["amount", "bid", "bid_amount", "price", "bid_price", "投标报价", "报价", "投标金额"],
        [MarketField.Winner] = ["winner", "won", "is_winner", "awarded", "中标", "是否中标"],
        [MarketField.Ceiling] = ["ceiling", "ceiling_price", "reserve_price", "max_price", "最高投标限价", "最高限价", "招标控制价", "控制价"],
        [MarketField.Region] = ["region", "area", "district", "地区", "区域", "行政区划"],
        [MarketField.Label] = ["label", "collusive", "collusion", "cartel", "rigged", "串标", "围标", "串通投标"],
    }.ToFrozenDictionary();

    private static readonly MarketField[] Optional = [MarketField.Ceiling, MarketField.Label];

    private readonly Dictionary<MarketField, int> index;

    private ColumnMap(Dictionary<MarketField, int> index, IReadOnlyList<ImportedColumn> columns)
    {
        this.index = index;
        Columns = columns;
    }

    /// <summary>Each field found and the column it is read from, in field order, as the import event records it.</summary>
    public IReadOnlyList<ImportedColumn> Columns { get; }

    /// <summary>The field's name in <c>--map</c> and in the import event: tender_id, bidder_id, amount….</summary>
    public static string Name(MarketField field) => Aliases[field][0];

    /// <summary>The cell of <paramref name="field"/> in <paramref name="row"/>, trimmed; null when the file has no such column.</summary>
    public string? Cell(CsvRecord row, MarketField field) => index.TryGetValue(field, out var i) ? row.Fields[i].Trim() : null;

    /// <summary>Reads <c>--map tender_id=标段,amount=Bid Price</c>: fields by their names, each once, columns as headed.</summary>
    /// <exception cref="UsageException">A pair without '=', an unknown or repeated field, or an empty column name.</exception>
    public static IReadOnlyDictionary<MarketField, string> ParseOption(string? map)
    {
        var mapped = new Dictionary<MarketField, string>();
        if (string.IsNullOrWhiteSpace(map))
        {
            return mapped;
        }
        foreach (var pair in map.Split(','))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            var name = at < 0 ? pair.Trim() : pair[..at].Trim();
            var field = Enum.GetValues<MarketField>().Cast<MarketField?>().FirstOrDefault(f => Name(f!.Value) == name)
                ?? throw new UsageException($"--map '{pair}': unknown field '{name}'; the fields are {string.Join(", ", Enum.GetValues<MarketField>().Select(Name))}");
            var column = at < 0 ? "" : pair[(at + 1)..].Trim();
            if (column.Length == 0)
            {
                throw new UsageException($"--map '{pair}': give the column as {name}=<column header>");
            }
            if (!mapped.TryAdd(field, column))
            {
                throw new UsageException($"--map maps {name} twice");
            }
        }
        return mapped;
    }

    /// <exception cref="ImportException">A mapped column is not in the header, a required field has no column, two fields
    /// would read one column, or a column in use is headed twice.</exception>
    public static ColumnMap Resolve(CsvRecord header, IReadOnlyDictionary<MarketField, string> mapped)
    {
        var headers = header.Fields.Select(f => f.Trim()).ToArray();
        var index = new Dictionary<MarketField, int>();
        foreach (var field in Enum.GetValues<MarketField>())
        {
            int found;
            if (mapped.TryGetValue(field, out var column))
            {
                found = Array.IndexOf(headers, column);
                found = found >= 0 ? found : Array.FindIndex(headers, h => Key(h) == Key(column));
                if (found < 0)
                {
                    throw new ImportException(header.Line, $"--map {Name(field)}={column}: the header has no column '{column}' (it has {string.Join(", ", headers.Select(h => $"'{h}'"))})");
                }
            }
            else
            {
                found = Aliases[field].Select(a => Array.FindIndex(headers, h => Key(h) == Key(a))).Where(i => i >= 0).DefaultIfEmpty(-1).First();
                if (found < 0 && !Optional.Contains(field))
                {
                    throw new ImportException(header.Line,
                        $"no column for {Name(field)}: the header has none of {string.Join(", ", Aliases[field])}; name it with --map {Name(field)}=<column>");
                }
            }
            if (found < 0)
            {
                continue;
            }
            if (index.Where(e => e.Value == found).Select(e => (MarketField?)e.Key).FirstOrDefault() is { } other)
            {
                throw new ImportException(header.Line, $"column '{headers[found]}' would be read as both {Name(other)} and {Name(field)}: map one of them with --map");
            }
            var twin = Enumerable.Range(0, headers.Length).FirstOrDefault(i => i != found && Key(headers[i]) == Key(headers[found]), -1);
            if (twin >= 0)
            {
                throw new ImportException(header.Line, $"columns {Math.Min(found, twin) + 1} and {Math.Max(found, twin) + 1} are both headed '{headers[found]}': rename one");
            }
            index[field] = found;
        }
        return new ColumnMap(index, [.. index.OrderBy(e => e.Key).Select(e => new ImportedColumn(Name(e.Key), headers[e.Value]))]);
    }

    private static string Key(string header) =>
        string.Concat(header.Trim().ToLowerInvariant().Where(c => c is not (' ' or '_' or '-' or '.')));
}
