using System.Globalization;
using System.Text;
using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Learning;

namespace Ledger.Tests.Markets;

/// <summary>
/// A labelled market made up in the test with a seeded <see cref="Random"/>: competitive tenders whose bids scatter
/// around the cost, and, every third tender, a cartel's: a designated winner near the cost and cover bids bunched
/// tightly a clear gap above it.
/// </summary>
internal static class GeneratedMarket
{
    public static IReadOnlyList<LabelledTender> Create(int tenders, int seed)
    {
        var random = new Random(seed);
        var market = new List<LabelledTender>();
        for (var t = 0; t < tenders; t++)
        {
            var collusive = t % 3 == 0;
            var cost = 1_000_000 + random.Next(0, 4_000_000);
            var count = random.Next(4, 8);
            double[] amounts;
            string[] bidders;
            if (collusive)
            {
                var winning = cost * (0.97 + 0.06 * random.NextDouble());
                var cover = winning * (1.05 + 0.05 * random.NextDouble());
                amounts = [winning, .. Enumerable.Range(1, count - 1).Select(_ => cover * (1 + 0.005 * Normal(random)))];
                bidders = [.. Enumerable.Range(1, 8).OrderBy(_ => random.Next()).Take(count).Select(i => $"C-{i}")];
            }
            else
            {
                amounts = [.. Enumerable.Range(0, count).Select(_ => cost * (1 + 0.08 * Normal(random)))];
                bidders = [.. Enumerable.Range(1, 40).OrderBy(_ => random.Next()).Take(count).Select(i => $"B-{i}")];
            }
            var lowest = amounts.Min();
            var eventId = new Guid(t + 1, 0, 0, new byte[8]);
            var date = new DateOnly(2025, 1, 1).AddDays(t);
            market.Add(new LabelledTender(
                new TenderBids($"T-{t + 1:000}", "620100", date, decimal.Round((decimal)(cost * 1.2), 0),
                    [.. amounts.Select((a, i) => new BidEntry(eventId, bidders[i], decimal.Round((decimal)a, 2), a == lowest))]),
                collusive,
                []));
        }
        return market;
    }

    /// <summary>The market as a CSV file to import, one row per bid, with the label column.</summary>
    public static string Csv(IReadOnlyList<LabelledTender> market)
    {
        var csv = new StringBuilder("tender_id,date,bidder_id,amount,winner,ceiling,region,label\n");
        foreach (var (tender, collusive, _) in market)
        {
            foreach (var bid in tender.Bids)
            {
                csv.Append(CultureInfo.InvariantCulture,
                    $"{tender.TenderId},{tender.Date:yyyy-MM-dd},{bid.BidderId},{bid.Amount},{(bid.Won ? 1 : 0)},{tender.Ceiling},{tender.Region},{(collusive == true ? 1 : 0)}\n");
            }
        }
        return csv.ToString();
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
