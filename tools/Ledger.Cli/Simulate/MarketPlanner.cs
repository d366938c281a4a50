using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Collusion;

namespace Ledger.Cli.Simulate;

/// <summary>
/// Plans a whole market from its parameters before anything is recorded, so the same parameters give the same bids,
/// scores, times and labels. round(rate × tenders) tenders are collusive: from 20 of them on, rings take 6 to 10 tenders
/// each (<see cref="RingForming"/>), their colluders entering at most <see cref="Ring.HonestEntries"/> honest tenders;
/// the rest are split in turn among the single-tender kinds. Expert misconduct is planted in rate/4 of the tenders per
/// kind, outside the rings' tenders; so is collusion seen in recorded reads (<see cref="ReadPlanting"/>: early
/// sealed-bid reads, half of them followed by an amendment, and early panel reads),
/// in tenders planted with nothing else where there are enough. Every tender gets its routine lawful reads
/// (<see cref="RoutineReads"/>).
/// </summary>
internal static class MarketPlanner
{
    private static readonly string[] SingleKinds =
    [
        BidDetector.LowVariation.Id,
        PricePatternDetector.PriceSteps.Id,
        SharedIdentifierDetector.SharedFeatureCode.Id,
        PricePatternDetector.IdenticalPrices.Id,
        SharedIdentifierDetector.IdenticalDocument.Id,
        PricePatternDetector.CeilingRatios.Id,
        SharedIdentifierDetector.SameDepositAccount.Id,
        SharedIdentifierDetector.SameAgent.Id,
        SharedIdentifierDetector.SameProjectManager.Id,
        SharedIdentifierDetector.SameContact.Id,
    ];

    public static MarketPlan Plan(SimulationParameters parameters)
    {
        var market = MarketBuilder.Build(parameters);
        var (p, s) = (parameters, parameters.Subtlety);
        var dice = Dice.For(p.Seed, "plant");
        var budget = (int)Math.Round(p.Rate * p.Tenders);
        var share = new Dictionary<string, double>(StringComparer.Ordinal);
        var rings = RingForming.Form(market, budget, s, dice, share);
        var honestLeft = rings.SelectMany(r => r.Colluders.Select(m => (m.Id, Left: r.HonestEntries(s)))).ToDictionary(x => x.Id, x => x.Left, StringComparer.Ordinal);
        var collusive = dice.Shuffle(Enumerable.Range(0, p.Tenders)).Take(budget).ToList();
        var ringOf = new Dictionary<int, Ring>();
        foreach (var ring in rings)
        {
            foreach (var index in collusive.Take(ring.Size))
            {
                ringOf[index] = ring;
            }
            collusive.RemoveRange(0, ring.Size);
        }
        var kindOf = collusive.Select((index, n) => (index, n)).ToDictionary(x => x.index, x => SingleKinds[x.n % SingleKinds.Length]);
        var planted = new List<PlannedCase>();
        var tenders = new List<TenderPlan>(p.Tenders);
        for (var i = 0; i < p.Tenders; i++)
        {
            var place = Dice.For(p.Seed, $"place/{i}");
            var (category, region) = (place.Weighted(Categories.All, c => c.Weight), place.Weighted(Regions.City, r => r.Weight));
            var plant = Dice.For(p.Seed, $"plant/{i}");
            double Share(Bidder b) => honestLeft.TryGetValue(b.Id, out var left) && left <= 0 ? 0 : share.GetValueOrDefault(b.Id, 1);
            if (ringOf.TryGetValue(i, out var ring))
            {
                var (participants, favoured) = ring.Next(plant);
                var tender = TenderPlanner.Build(market, i, new TenderSpec(ring.Category, ring.Region, participants), Share);
                PricePlanting.Cover(tender, favoured, s, plant);
                planted.Add(PricePlanting.CoverCase(tender, s));
                ring.Add(tender);
                tenders.Add(tender);
                continue;
            }
            var kind = kindOf.GetValueOrDefault(i);
            var spec = new TenderSpec(category, region, Minimum: kind == PricePatternDetector.PriceSteps.Id ? 4 : 3, NeedsDeposit: kind == SharedIdentifierDetector.SameDepositAccount.Id);
            var plan = TenderPlanner.Build(market, i, spec, Share);
            foreach (var colluder in plan.Bids.Select(b => b.BidderId).Distinct().Where(honestLeft.ContainsKey))
            {
                honestLeft[colluder]--;
            }
            planted.AddRange(Plant(plan, kind, s, plant));
            tenders.Add(plan);
        }
        planted.AddRange(rings.SelectMany(r => r.Cases()));
        foreach (var tender in tenders)
        {
            Evaluation.Score(tender, p.Seed);
        }
        planted.AddRange(Experts(tenders, p, dice));
        foreach (var tender in tenders)
        {
            Evaluation.Finish(tender, p.Seed);
        }
        planted.AddRange(Reads(tenders, p));
        foreach (var tender in tenders)
        {
            RoutineReads.Plan(tender, market, p.Seed);
        }
        var (properties, addressCases) = AddressPlanner.Plan(market);
        var (cases, approvalCases) = ApprovalPlanner.Plan(market);
        return new MarketPlan(market, tenders, properties, cases, [.. planted, .. addressCases, .. approvalCases]);
    }

    private static IEnumerable<PlannedCase> Plant(TenderPlan plan, string? kind, double s, Dice dice) => kind switch
    {
        null => [],
        _ when kind == BidDetector.LowVariation.Id => Cover(plan, s, dice),
        _ when kind == PricePatternDetector.PriceSteps.Id => [PricePlanting.Steps(plan, s, dice)],
        _ when kind == PricePatternDetector.CeilingRatios.Id => [PricePlanting.CeilingRatios(plan, s, dice)],
        _ when kind == PricePatternDetector.IdenticalPrices.Id => [PricePlanting.IdenticalPrices(plan, s, dice)],
        _ when kind == SharedIdentifierDetector.SharedFeatureCode.Id => IdentifierPlanting.SharedMachine(plan, s, dice),
        _ when kind == SharedIdentifierDetector.IdenticalDocument.Id => IdentifierPlanting.SameDocument(plan, s, dice),
        _ when kind == SharedIdentifierDetector.SameDepositAccount.Id => IdentifierPlanting.SameAccount(plan, s, dice),
        _ when kind == SharedIdentifierDetector.SameProjectManager.Id => IdentifierPlanting.SameManager(plan, s, dice),
        _ when kind == SharedIdentifierDetector.SameContact.Id => IdentifierPlanting.SameContact(plan, s, dice),
        _ => IdentifierPlanting.SameAgent(plan, s, dice),
    };

    private static PlannedCase[] Cover(TenderPlan plan, double s, Dice dice)
    {
        PricePlanting.Cover(plan, dice.Pick(plan.Bids).BidderId, s, dice);
        return [PricePlanting.CoverCase(plan, s)];
    }

    /// <summary>Each kind in its own tenders, never a ring's, untouched ones first: a ring's tender already has its story.</summary>
    private static IEnumerable<PlannedCase> Reads(List<TenderPlan> tenders, SimulationParameters p)
    {
        var dice = Dice.For(p.Seed, "plant/reads");
        var each = p.Rate > 0 ? Math.Max(1, (int)Math.Round(p.Rate * p.Tenders / 4)) : 0;
        var free = dice.Shuffle(tenders.Where(t => !t.Kinds.Contains(BidderNetworkDetector.Rotation.Id) && !t.Kinds.Contains(BidderNetworkDetector.CoverBidding.Id)))
            .OrderBy(t => t.Kinds.Count > 0).ToList();
        var sealedBids = free.Take(each).SelectMany((t, n) => ReadPlanting.SealedBids(t, amend: n % 2 == 0, p.Subtlety, dice)).ToList();
        var panels = free.Skip(each).Take(each).Select((t, n) => ReadPlanting.Panel(t, bySide: n % 2 == 1, dice)).ToList();
        return [.. sealedBids, .. panels];
    }

    /// <summary>Each kind in its own tenders, never a ring's: a deviating score must not unseat the winner a ring arranged.</summary>
    private static IEnumerable<PlannedCase> Experts(List<TenderPlan> tenders, SimulationParameters p, Dice dice)
    {
        var each = p.Rate > 0 ? Math.Max(1, (int)Math.Round(p.Rate * p.Tenders / 4)) : 0;
        var free = dice.Shuffle(tenders.Where(t => !t.Kinds.Contains(BidderNetworkDetector.Rotation.Id) && !t.Kinds.Contains(BidderNetworkDetector.CoverBidding.Id)));
        var deviations = free.Take(each).Select(t => ExpertPlanting.Deviation(t, p.Subtlety, dice)).ToList();
        var hurried = free.Skip(each).Take(each).Select(t => ExpertPlanting.Hurry(t, p.Subtlety, dice)).ToList();
        return [.. deviations, .. hurried];
    }
}
