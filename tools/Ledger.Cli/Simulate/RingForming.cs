namespace Ledger.Cli.Simulate;

/// <summary>
/// Forms the market's rings once at least 20 tenders are to be collusive, so that eight remain for the ten single-tender
/// kinds (from 22 collusive tenders on, every kind gets one): one cartel and one patron for every 50 collusive tenders
/// (at least one each), each ring in 6 to 10 tenders of one category, its members from one district where it has enough
/// firms.
/// </summary>
internal static class RingForming
{
    public const int SmallestBudget = 20;

    /// <param name="share">Receives each member's remaining share of honest bidding.</param>
    public static List<Ring> Form(Market market, int budget, double s, Dice dice, Dictionary<string, double> share)
    {
        if (budget < SmallestBudget)
        {
            return [];
        }
        var rings = new List<Ring>();
        var size = Math.Clamp(budget / 5, 6, 10);
        var each = Math.Max(1, (int)Math.Round(budget / 50.0));
        for (var i = 0; i < 2 * each; i++)
        {
            var rotates = i % 2 == 0;
            var category = dice.Weighted(Categories.All, c => c.Weight);
            var free = market.Bidders.Where(b => !share.ContainsKey(b.Id) && b.Categories.Contains(category.Key)).ToList();
            var region = Regions.City.OrderByDescending(r => free.Count(b => b.Home.Code == r.Code)).ThenBy(r => r.Code, StringComparer.Ordinal).First();
            var count = rotates ? dice.Between(3, 5) : 1 + dice.Between(2, 3);
            var members = dice.Draw(free, count, b => b.Activity * (b.Home.Code == region.Code ? 20 : 1));
            if (members.Count < count)
            {
                members.AddRange(dice.Draw(market.Bidders.Where(b => !share.ContainsKey(b.Id)).Except(members), count - members.Count, b => b.Activity));
            }
            // A patron also wins honest tenders; its covers, like a cartel's members, mostly bid only where the ring does.
            var ring = new Ring { Rotates = rotates, Category = category, Region = region, Members = members, Size = size };
            foreach (var member in ring.Colluders)
            {
                share[member.Id] = s / 2;
            }
            share.TryAdd(members[0].Id, 1);
            rings.Add(ring);
        }
        return rings;
    }
}
