namespace Ledger.Cli.Bench.Load;

/// <summary>The load's shape: how many bidders, for how long, over how many tenders.</summary>
/// <param name="Clients">Bidders, each its own organisation, person, token and connection.</param>
/// <param name="Duration">How long the bidders submit and amend; the run stops by itself after it.</param>
/// <param name="Tenders">Tenders the bidders are spread over, <see cref="TendersPerBidder"/> each.</param>
internal sealed record LoadSettings(int Clients, TimeSpan Duration, int Tenders)
{
    /// <summary>Enough to make a bidder switch streams between requests, few enough to keep the set-up short.</summary>
    public int TendersPerBidder => Math.Min(3, Tenders);
}
