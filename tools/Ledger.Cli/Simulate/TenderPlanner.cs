using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;

namespace Ledger.Cli.Simulate;

/// <summary>
/// An honest tender: a public body's works with a ceiling price, an engineer's estimate a little below it, and bidders
/// that price independently around the estimate, log-normally with a tender-specific dispersion (σ 0.05–0.14, so the
/// coefficient of variation of competitive tenders mostly lies between 0.05 and 0.15). A bid that comes out above the
/// ceiling is mostly pulled just under it, as bidders know the ceiling; about one bid in a hundred stays above and is
/// rejected at opening.
/// </summary>
internal static class TenderPlanner
{
    public static readonly string[] Banks = ["兰州银行股份有限公司城关支行", "中国建设银行兰州七里河支行", "甘肃银行股份有限公司兰州新区支行", "中国工商银行兰州安宁支行"];

    private static readonly string[] Guarantors = ["甘肃省融资担保集团股份有限公司", "中国人民财产保险股份有限公司甘肃省分公司", "兰州市融资担保有限公司"];

    /// <param name="share">How much of its usual bidding a firm does in honest tenders (less for planted colluders).</param>
    public static TenderPlan Build(Market market, int index, TenderSpec spec, Func<Bidder, double> share)
    {
        var (category, region) = (spec.Category, spec.Region);
        var p = market.Parameters;
        var dice = Dice.For(p.Seed, $"tender/{index}");
        var day = p.Start.AddDays((int)((long)index * 300 / p.Tenders) + dice.Between(0, 5));
        var published = Calendar.At(day, dice.Between(9, 16), dice.Between(0, 59));
        var deadline = Calendar.At(Calendar.Day(published).AddDays(dice.Between(20, 28)), 9, 30);
        var ceiling = decimal.Round((decimal)Math.Exp(dice.Uniform(Math.Log(category.MinCeiling), Math.Log(category.MaxCeiling))), 2);
        var width = Math.Max(4, p.Tenders.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var deposit = Math.Min(Math.Floor(ceiling * 0.02m / 1000m) * 1000m, 800_000m);
        var plan = new TenderPlan
        {
            Index = index,
            TenderId = $"{market.Prefix}-T{(index + 1).ToString($"D{width}", System.Globalization.CultureInfo.InvariantCulture)}",
            Category = category,
            Region = region,
            Tenderer = market.Tenderers[(region.Code, category.Key)],
            Agency = dice.Chance(0.7) ? dice.Pick(market.Agencies) : null,
            ProjectName = category.ProjectName(region, dice),
            Ceiling = ceiling,
            Estimate = decimal.Round(ceiling * (decimal)dice.Uniform(0.85, 0.93), 2),
            Scored = ceiling > 20_000_000m ? dice.Chance(0.7) : dice.Chance(0.3),
            RequiredDeposit = (dice.Chance(0.9) || spec.NeedsDeposit) && deposit > 0 ? deposit : null,
            DocumentsHash = dice.Hex(32),
            EnteredAt = Calendar.Between(dice, published.AddDays(-6), published.AddHours(-2)),
            PublishedAt = published,
            Deadline = deadline,
        };
        var dispersion = dice.Uniform(0.05, 0.14);
        var chosen = spec.Participants ?? Draw(market, plan, spec.Minimum, share, dice);
        // Which of its constructors each firm names, from dice of the tender's own, so naming one left every other draw as it was.
        var managers = Dice.For(p.Seed, $"managers/{index}");
        foreach (var bidder in chosen)
        {
            plan.Bids.Add(Bid(plan, bidder, HonestPrice(plan, dispersion, dice), dice, managers.Pick(bidder.Managers)));
        }
        Vary(plan, dice);
        if (!plan.Read.Any())
        {
            var lowest = plan.Standing.MinBy(b => b.Price)!;
            plan.Replace(lowest with { Price = decimal.Round(plan.Ceiling * 0.99m, 2) });
        }
        foreach (var looker in dice.Draw(market.Bidders.Where(b => b.Categories.Contains(category.Key) && !chosen.Contains(b)), dice.Between(0, 2), b => b.Activity))
        {
            plan.Lookers.Add((looker, Calendar.Between(dice, published.AddHours(1), deadline.AddDays(-3))));
        }
        plan.Panel.AddRange(dice.Draw(market.Experts, ceiling > 30_000_000m ? 7 : 5, _ => 1));
        if (dice.Chance(0.05) && dice.Draw(market.Experts.Except(plan.Panel), 1, _ => 1) is [var recused])
        {
            var firm = dice.Pick(chosen);
            plan.Recusal = new ExpertAvoidance(recused.Id, $"近三年内曾在投标人{firm.Name}任职 (worked for bidder {firm.Id} within three years)");
        }
        plan.DrawAt = Calendar.Between(dice, deadline.AddHours(-2), deadline.AddMinutes(-30));
        return plan;
    }

    /// <summary>An independent price: log-normal around the estimate, rounded to the cent (to the yuan for four in ten).</summary>
    public static decimal HonestPrice(TenderPlan plan, double dispersion, Dice dice)
    {
        var price = (double)plan.Estimate * Math.Exp(dispersion * dice.Normal(3));
        if (price > (double)plan.Ceiling && dice.Chance(0.85))
        {
            price = (double)plan.Ceiling * dice.Uniform(0.975, 0.999);
        }
        return decimal.Round((decimal)price, dice.Chance(0.4) ? 0 : 2);
    }

    /// <summary>
    /// A bid with the bidder's own machine (its IP a neighbour's now and then: a dynamic address), deposit and contact,
    /// naming <paramref name="manager"/>.
    /// </summary>
    public static PlannedBid Bid(TenderPlan plan, Bidder bidder, decimal price, Dice dice, ProjectManager manager)
    {
        var machine = bidder.Machine;
        var features = dice.Chance(0.3) ? machine with { IpAddress = machine.IpAddress[..(machine.IpAddress.LastIndexOf('.') + 1)] + dice.Between(2, 254) } : machine;
        var obtain = Calendar.Between(dice, plan.PublishedAt.AddHours(1), plan.PublishedAt + ((plan.Deadline - plan.PublishedAt) * 0.4));
        var deposit = plan.RequiredDeposit is { } amount
            ? dice.Chance(0.55)
                ? new PlannedDeposit(DepositMethod.VirtualSubAccount, amount, $"VSA{dice.Digits(16)}", dice.Pick(Banks), bidder.Account, true, Calendar.Between(dice, obtain.AddMinutes(10), obtain + ((plan.Deadline - obtain) * 0.5)))
                : new PlannedDeposit(DepositMethod.ElectronicGuarantee, amount, $"BH{Calendar.Day(obtain).Year}{dice.Digits(10)}", dice.Pick(Guarantors), null, null, Calendar.Between(dice, obtain.AddMinutes(10), obtain + ((plan.Deadline - obtain) * 0.5)))
            : null;
        var ready = (deposit?.At ?? obtain).AddMinutes(10);
        return new PlannedBid(
            bidder, bidder.Staff, price, features, dice.Hex(32), dice.Between(3_000_000, 80_000_000), Convert.ToBase64String(dice.Bytes(64)), dice.Hex(32),
            obtain, deposit, Calendar.Between(dice, ready, plan.Deadline.AddMinutes(-20)), null, null, manager, bidder.Contact);
    }

    /// <summary>Some honest bidders amend their bid (about 6 %) or withdraw it (about 3 %, while three bids remain standing).</summary>
    private static void Vary(TenderPlan plan, Dice dice)
    {
        foreach (var bid in plan.Bids.ToList())
        {
            var late = plan.Deadline.AddMinutes(-5);
            if (dice.Chance(0.03) && plan.Standing.Count() > 3)
            {
                plan.Replace(bid with { WithdrawAt = Calendar.Between(dice, bid.SubmitAt.AddMinutes(5), late) });
            }
            else if (dice.Chance(0.06))
            {
                var first = decimal.Round(bid.Price * (decimal)dice.Uniform(1.0, 1.04), 2);
                plan.Replace(bid with { Amendment = new PlannedAmendment(Calendar.Between(dice, bid.SubmitAt.AddMinutes(5), late), first, dice.Hex(32), dice.Hex(32)) });
            }
        }
    }

    /// <summary>
    /// <paramref name="minimum"/> to sixteen bidders (log-normal around 6.5) drawn by how often each bids, three times likelier from the
    /// tender's own district and a third as likely from outside the city; firms outside the category never.
    /// </summary>
    private static List<Bidder> Draw(Market market, TenderPlan plan, int minimum, Func<Bidder, double> share, Dice dice)
    {
        var count = Math.Clamp((int)Math.Round(Math.Exp(Math.Log(6.5) + (0.4 * dice.Normal(3)))), minimum, 16);
        var drawn = dice.Draw(market.Bidders, count, b =>
            b.Categories.Contains(plan.Category.Key) ? b.Activity * share(b) * (b.Home.Code == plan.Region.Code ? 3 : b.Home.InCity ? 1 : 0.35) : 0);
        return drawn.Count >= minimum ? drawn : [.. drawn, .. dice.Draw(market.Bidders.Except(drawn), minimum - drawn.Count, b => b.Activity * share(b))];
    }
}
