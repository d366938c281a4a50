namespace Ledger.Cli.Import;

/// <summary>One record of a CSV file: its fields, quotes removed, and the line of the file it starts on.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
