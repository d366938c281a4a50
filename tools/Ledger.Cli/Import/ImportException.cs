namespace Ledger.Cli.Import;

/// <summary>A file that cannot be imported, and the line where that shows: the whole import stops and nothing is written.</summary>
internal sealed class ImportException(int line, string reason) : Exception($"line {line}: {reason}")
{
    /// <summary>The 1-based line of the file where the problem shows; a bad row is named by the line it starts on.</summary>
    public int Line { get; } = line;
}
