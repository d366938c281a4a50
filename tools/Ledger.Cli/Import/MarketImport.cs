using Ledger.Markets.Events;

namespace Ledger.Cli.Import;

/// <summary>A file read and checked, ready to append: its import event and one event per tender.</summary>
/// <param name="Style">The decimal style its numbers were read in.</param>
internal sealed record MarketImport(MarketHistoryImported History, IReadOnlyList<ImportedTender> Tenders, DecimalStyle Style)
{
    /// <summary>What one append records: the import, then its tenders in the order they first appear in the file.</summary>
    public IReadOnlyList<object> Events => [History, .. Tenders.Select(t => t.Result)];
}
