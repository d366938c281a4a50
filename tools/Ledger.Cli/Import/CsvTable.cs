namespace Ledger.Cli.Import;

/// <summary>A CSV file as read: the delimiter found, the header record and the data records, blank lines left out.</summary>
internal sealed record CsvTable(char Delimiter, CsvRecord Header, IReadOnlyList<CsvRecord> Rows);
