namespace Ledger.Projections.Warnings;

/// <summary>The groups of tender rules an event can change the inputs of, so only those are recomputed after it.</summary>
[Flags]
internal enum TenderParts
{
    None = 0,

    /// <summary>Shared feature codes, documents and deposit accounts: from filings and deposits.</summary>
    Identifiers = 1,

    /// <summary>Bid screens and price patterns: from the ceiling and the prices read at opening.</summary>
    Prices = 2,

    /// <summary>Evaluation deviations: from the panel's standing scores.</summary>
    Scores = 4,

    /// <summary>Art. 41 reads: from the recorded reads, the amendments, the opening and the result.</summary>
    Reads = 8,
}
