using Ledger.Projections.Learning;

namespace Ledger.Cli.Evaluate;

/// <summary>
/// Where <c>ledger evaluate</c> gets a market's tenders and their labels. An imported history reads its market stream
/// (<see cref="ImportedMarketSource"/>); a simulated market reads its tenders' bidding events and takes the labels from
/// the simulator's ground-truth file, and may add the bidders' identifiers (feature codes, deposit accounts), which
/// imported results lack.
/// </summary>
internal interface IMarketSource
{
    /// <summary>What the market is, for the heading of the evaluation: "imported market demo (2 files)".</summary>
    string Description { get; }

    /// <summary>Every tender of the market, labelled or not, in a stable order.</summary>
    /// <exception cref="UsageException">The market does not exist or holds no tenders.</exception>
    Task<IReadOnlyList<LabelledTender>> LoadAsync(CancellationToken ct);
}
