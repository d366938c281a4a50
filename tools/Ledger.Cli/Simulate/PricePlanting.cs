using Ledger.Bidding.Events;
using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Collusion;

namespace Ledger.Cli.Simulate;

/// <summary>
/// Rigged prices within one tender (Regulations Art. 39, 40 (4)). Subtlety s runs from blatant (0) to the edge of the
/// detector's default threshold (1): cover bids bunch within 0.4 % + 4 %·s of each other with the designated winner
/// 6 % − 3 %·s under the lowest of them; steps between prices are equal to within 0.18 %·s of a step (the detector's
/// tolerance is 0.2 %); ceiling fractions cover all bids at s = 0 and three at s = 1; identical prices are shared by
/// three bidders below s = 0.5, by two above.
/// </summary>
internal static class PricePlanting
{
    /// <summary>Every bidder but <paramref name="favoured"/> places a cover bid in a tight cluster; the favoured one bids under it.</summary>
    public static void Cover(TenderPlan plan, string favoured, double s, Dice dice)
    {
        var spread = 0.004 + (0.04 * s);
        var gap = 0.06 - (0.03 * s);
        var centre = Math.Min((double)plan.Estimate * dice.Uniform(0.97, 1.02), (double)plan.Ceiling * 0.985 / (1 + (2 * spread)));
        foreach (var bid in plan.Bids.Where(b => b.BidderId != favoured).ToList())
        {
            plan.Replace(Clean(bid) with { Price = decimal.Round((decimal)(centre * (1 + (spread * dice.Normal(2)))), 2) });
        }
        var lowestCover = plan.Bids.Where(b => b.BidderId != favoured).Min(b => b.Price);
        plan.Replace(Clean(plan.Bid(favoured)) with { Price = decimal.Round(lowestCover * (decimal)(1 - gap), 2) });
        plan.Favoured = favoured;
    }

    public static PlannedCase CoverCase(TenderPlan plan, double s) => Case(plan, BidDetector.LowVariation.Id, [BidDetector.LowVariation.Id, BidDetector.HighRelativeDistance.Id],
        plan.TenderId, plan.Bids.Select(b => b.BidderId),
        $"Cover bids: {plan.Bids.Count - 1} bids within {0.4 + (4 * s):0.#} % of each other, {plan.Favoured} {6 - (3 * s):0.#} % under the lowest of them.");

    public static PlannedCase Steps(TenderPlan plan, double s, Dice dice)
    {
        var bids = dice.Shuffle(plan.Bids);
        var n = bids.Count;
        var first = (double)plan.Estimate * dice.Uniform(0.88, 0.95);
        var top = (double)plan.Ceiling * 0.99;
        var geometric = dice.Chance(0.5);
        var step = geometric
            ? Math.Min(dice.Uniform(0.005, 0.015), Math.Pow(top / first, 1.0 / (n - 1)) - 1)
            : Math.Min(first * dice.Uniform(0.005, 0.015), (top - first) / (n - 1));
        for (var k = 0; k < n; k++)
        {
            // Jitter of at most 0.09 %·s of a step at each price keeps every step within 0.18 %·s of the first.
            var jitter = 0.0009 * s * dice.Uniform(-1, 1);
            var price = geometric ? first * Math.Pow(1 + step, k) * (1 + (step * jitter)) : first + (k * step) + (step * jitter);
            plan.Replace(Clean(bids[k]) with { Price = decimal.Round((decimal)price, 2) });
        }
        plan.Favoured = bids[0].BidderId;
        var kind = geometric ? $"geometric steps of {step:P2}" : $"arithmetic steps of {step:0} yuan";
        return Case(plan, PricePatternDetector.PriceSteps.Id, [PricePatternDetector.PriceSteps.Id], plan.TenderId, bids.Select(b => b.BidderId),
            $"All {n} prices climb in {kind}, each step equal to the first within {0.18 * s:0.###} %.");
    }

    public static PlannedCase CeilingRatios(TenderPlan plan, double s, Dice dice)
    {
        var n = plan.Bids.Count;
        var count = Math.Clamp((int)Math.Round(n - (s * (n - 3))), 3, n);
        var bids = dice.Shuffle(plan.Bids).Take(count).ToList();
        var stride = dice.Between(3, 12);
        var permille = Math.Min((int)Math.Round(1000 * (double)(plan.Estimate / plan.Ceiling)) - dice.Between(0, 20), 995 - ((count - 1) * stride));
        var used = new List<string>();
        foreach (var bid in bids)
        {
            var price = decimal.Round(plan.Ceiling * permille / 1000m, 2);
            // A multiple of 100 yuan is a round number the detector passes over, so the fraction moves on by one.
            if (price % 100m == 0)
            {
                permille++;
                price = decimal.Round(plan.Ceiling * permille / 1000m, 2);
            }
            plan.Replace(Clean(bid) with { Price = price });
            used.Add($"{permille / 10m:0.0} %");
            permille += stride;
        }
        plan.Favoured = bids[0].BidderId;
        return Case(plan, PricePatternDetector.CeilingRatios.Id, [PricePatternDetector.CeilingRatios.Id], plan.TenderId, bids.Select(b => b.BidderId),
            $"{count} of {n} prices are exact per-mille fractions of the ceiling {plan.Ceiling:0.00}: {string.Join(", ", used)}.");
    }

    public static PlannedCase IdenticalPrices(TenderPlan plan, double s, Dice dice)
    {
        var bids = dice.Shuffle(plan.Bids).Take(s < 0.5 ? 3 : 2).ToList();
        var price = Math.Min(bids[0].Price, decimal.Round(plan.Estimate * 0.97m, 2));
        foreach (var bid in bids)
        {
            plan.Replace(Clean(bid) with { Price = price });
        }
        return Case(plan, PricePatternDetector.IdenticalPrices.Id, [PricePatternDetector.IdenticalPrices.Id], $"{plan.TenderId}:{price:0.00}", bids.Select(b => b.BidderId),
            $"{bids.Count} bidders bid exactly {price:0.00}.");
    }

    /// <summary>A colluder's bid as one submission: no amendment or withdrawal to blur what the opening shows.</summary>
    public static PlannedBid Clean(PlannedBid bid) => bid with { Amendment = null, WithdrawAt = null };

    private static PlannedCase Case(TenderPlan plan, string kind, string[] rules, string subject, IEnumerable<string> bidders, string detail)
    {
        plan.Kinds.Add(kind);
        var parties = bidders.Order(StringComparer.Ordinal).ToList();
        return new PlannedCase(kind, rules, subject, [plan.TenderId], parties, detail,
            [EventRef.Tender(plan.TenderId, nameof(BidsOpened)), .. parties.Select(b => EventRef.Bid(plan.TenderId, b, nameof(BidSubmitted)))]);
    }
}
