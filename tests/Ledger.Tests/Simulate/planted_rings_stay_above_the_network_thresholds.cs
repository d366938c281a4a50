using Ledger.Cli.Simulate;
using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Collusion;

namespace Ledger.Tests.Simulate;

/// <summary>
/// Issue 4: on the default market half the rings went unseen, because active firms drawn into a ring kept so much honest
/// bidding that the ring was a third of their entries. Subtlety promises the edge of the default threshold at 1, so at
/// the default 0.5 every ring must be found.
/// </summary>
public sealed class planted_rings_stay_above_the_network_thresholds
{
    private static readonly NetworkThresholds Defaults = new();

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 0.5)]
    [InlineData(3, 0.5)]
    [InlineData(1, 0.0)]
    public void every_ring_of_the_default_market_is_found_by_its_rule(int seed, double subtlety)
    {
        var plan = MarketPlanner.Plan(new SimulationParameters("t-rings", seed, SimulationParameters.DefaultTenders, SimulationParameters.DefaultBidders,
            SimulationParameters.DefaultRate, subtlety, SimulationParameters.DefaultStart));
        var (tenders, tenderOf) = Opened(plan);

        var flagged = BidderNetworkDetector.Detect(tenders, Defaults)
            .SelectMany(w => w.Events.Select(e => (w.Rule, Tender: tenderOf[e])))
            .ToHashSet();

        var rings = plan.Planted.Where(c => c.Kind == BidderNetworkDetector.Rotation.Id || c.Kind == BidderNetworkDetector.CoverBidding.Id).ToList();
        Assert.Equal(4, rings.Select(c => c.Tenders[0]).Distinct().Count());
        Assert.All(rings.SelectMany(c => c.Tenders.Select(t => (c.Kind, Tender: t))), x => Assert.Contains(x, flagged));
    }

    [Fact]
    public void a_colluder_keeps_less_honest_bidding_the_plainer_the_ring()
    {
        var ring = new Ring { Rotates = false, Category = Categories.All[0], Region = Regions.City[0], Members = [], Size = 10 };

        // Ring share 1 − s · (1 − 0.8): 1 at s = 0, 0.9 at 0.5 (10/11), 0.8 at 1 (10/12.5).
        Assert.Equal([0, 1, 2], new[] { 0.0, 0.5, 1.0 }.Select(ring.HonestEntries));
    }

    /// <summary>The bids each tender read at opening, with its planned winner, and the tender of every bid's event id.</summary>
    private static (TenderBids[] Tenders, Dictionary<Guid, string> TenderOf) Opened(MarketPlan plan)
    {
        var tenderOf = new Dictionary<Guid, string>();
        var tenders = plan.Tenders.Select(t => new TenderBids(t.TenderId, t.Region.Code, DateOnly.FromDateTime(t.Deadline.UtcDateTime), t.Ceiling,
            [.. t.Read.Select(b =>
            {
                var id = Guid.NewGuid();
                tenderOf[id] = t.TenderId;
                return new BidEntry(id, b.BidderId, b.Price, b.BidderId == t.WinnerId);
            })])).ToArray();
        return (tenders, tenderOf);
    }
}
