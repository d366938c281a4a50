namespace Ledger.Markets.Events;

/// <summary>One field of an imported market history and the column of the source file it was read from.</summary>
/// <param name="Field">The ledger's name: tender_id, date, bidder_id, amount, winner, ceiling, region or label.</param>
/// <param name="Column">The column's header in the source file, as written there.</param>
public sealed record ImportedColumn(string Field, string Column);
