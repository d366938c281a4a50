using Ledger.Markets.Events;

namespace Ledger.Cli.Import;

/// <summary>A tender read from a file, with the line of its first row, where a refusal of the whole tender points.</summary>
internal sealed record ImportedTender(int Line, TenderResultImported Result);
