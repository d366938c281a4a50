using Ledger.Projections.Detectors.Bids;

namespace Ledger.Projections.Detectors.Collusion;

/// <summary>
/// Collusion visible only across tenders (Regulations Art. 39): pairs that keep bidding together, bidders that always
/// lose to the same winner (cover bidding), and groups whose members win in turn (bid rotation).
/// </summary>
public static class BidderNetworkDetector
{
    /// <summary>Score: <c>overlap · n / (n + minimum)</c>, n the tenders the pair shared.</summary>
    public static readonly DetectorRule BidTogether = new("collusion.bid-together", "串通投标：投标人长期结伴投标");

    /// <summary>Score: <c>share · n / (n + minimum)</c>, n the awarded tenders the loser entered.</summary>
    public static readonly DetectorRule CoverBidding = new("collusion.cover-bidding", "串通投标：陪标");

    /// <summary>Score: <c>group win share · balance</c>.</summary>
    public static readonly DetectorRule Rotation = new("collusion.rotation", "串通投标：轮流中标");

    /// <summary>The warnings over a set of tenders, in <see cref="WarningOrder"/>. A bidder's repeated entries in one
    /// tender count once.</summary>
    public static IReadOnlyList<Warning> Detect(IReadOnlyList<TenderBids> tenders, NetworkThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(tenders);
        ArgumentNullException.ThrowIfNull(thresholds);
        var entries = tenders
            .OrderBy(t => t.Date).ThenBy(t => t.TenderId, StringComparer.Ordinal)
            .Select(t => new Entered(t, t.Bids.GroupBy(b => b.BidderId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)))
            .ToArray();
        var together = Together(entries, thresholds).ToArray();
        return WarningOrder.Sort([.. together.Select(p => p.Warning), .. Covers(entries, thresholds), .. Rotations(entries, together, thresholds)]);
    }

    private static IEnumerable<(string A, string B, Warning Warning)> Together(Entered[] entries, NetworkThresholds thresholds)
    {
        var count = entries.SelectMany(e => e.Bidders.Keys).GroupBy(b => b, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var pairs = new Dictionary<(string A, string B), List<Entered>>();
        foreach (var e in entries)
        {
            var bidders = e.Bidders.Keys.ToArray();
            for (var i = 0; i < bidders.Length; i++)
            {
                for (var j = i + 1; j < bidders.Length; j++)
                {
                    if (!pairs.TryGetValue((bidders[i], bidders[j]), out var shared))
                    {
                        pairs[(bidders[i], bidders[j])] = shared = [];
                    }
                    shared.Add(e);
                }
            }
        }
        foreach (var ((a, b), shared) in pairs)
        {
            var overlap = shared.Count / (double)Math.Min(count[a], count[b]);
            if (shared.Count >= thresholds.MinimumTenders && overlap >= thresholds.MinimumOverlap)
            {
                yield return (a, b, BidTogether.Warn($"{a}+{b}", overlap * shared.Count / (shared.Count + thresholds.MinimumTenders),
                    Text.Say($"Bidders {a} and {b} bid together in {shared.Count} tenders, {overlap:P0} of the {Math.Min(count[a], count[b])} entered by the less active of them (threshold {thresholds.MinimumOverlap:P0})."),
                    shared.SelectMany(e => e.Events(a).Concat(e.Events(b)))));
            }
        }
    }

    private static IEnumerable<Warning> Covers(Entered[] entries, NetworkThresholds thresholds)
    {
        var awarded = entries.Where(e => e.Winners.Count > 0).ToArray();
        foreach (var loser in awarded.SelectMany(e => e.Bidders.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            var entered = awarded.Where(e => e.Bidders.ContainsKey(loser)).ToArray();
            if (entered.Length < thresholds.MinimumTenders)
            {
                continue;
            }
            foreach (var beaten in entered.Where(e => !e.Winners.Contains(loser))
                .SelectMany(e => e.Winners.Select(w => (Winner: w, Tender: e)))
                .GroupBy(x => x.Winner, StringComparer.Ordinal))
            {
                var lost = beaten.Select(x => x.Tender).ToArray();
                var share = lost.Length / (double)entered.Length;
                if (share >= thresholds.MinimumCoverShare)
                {
                    yield return CoverBidding.Warn($"{loser}+{beaten.Key}", share * entered.Length / (entered.Length + thresholds.MinimumTenders),
                        Text.Say($"Bidder {loser} lost to {beaten.Key} in {lost.Length} of the {entered.Length} awarded tenders it entered ({share:P0}, threshold {thresholds.MinimumCoverShare:P0})."),
                        lost.SelectMany(e => e.Events(loser).Concat(e.WinningEvents(beaten.Key))));
                }
            }
        }
    }

    private static IEnumerable<Warning> Rotations(Entered[] entries, (string A, string B, Warning Warning)[] together, NetworkThresholds thresholds)
    {
        foreach (var group in Groups(together))
        {
            var met = entries.Where(e => group.Count(e.Bidders.ContainsKey) >= 2).ToArray();
            if (met.Length < thresholds.MinimumTenders)
            {
                continue;
            }
            var wins = group.ToDictionary(m => m, m => met.Count(e => e.Winners.Contains(m)), StringComparer.Ordinal);
            var won = met.Count(e => e.Winners.Any(wins.ContainsKey));
            var share = won / (double)met.Length;
            var total = wins.Values.Sum();
            var entropy = total == 0 ? 0 : -wins.Values.Where(w => w > 0).Sum(w => w / (double)total * Math.Log(w / (double)total));
            var balance = entropy / Math.Log(group.Length);
            if (share >= thresholds.MinimumGroupWinShare && balance >= thresholds.MinimumRotationBalance)
            {
                var sequence = met.SelectMany(e => e.Winners.Where(wins.ContainsKey).Take(1).DefaultIfEmpty("-"));
                yield return Rotation.Warn(string.Join('+', group), share * balance,
                    Text.Say($"Bidders {Text.List(group)} met in {met.Length} tenders and one of them won {won} ({share:P0}); wins {Text.List(group.Select(m => $"{m} {wins[m]}"))}, in date order {Text.List(sequence)} (balance {balance:0.##}, thresholds {thresholds.MinimumGroupWinShare:P0} and {thresholds.MinimumRotationBalance:0.##})."),
                    met.SelectMany(e => group.SelectMany(e.Events)));
            }
        }
    }

    /// <summary>Connected components of the bid-together pairs, each sorted, in order of their first member.</summary>
    private static IEnumerable<string[]> Groups((string A, string B, Warning Warning)[] pairs)
    {
        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (a, b, _) in pairs)
        {
            neighbours.TryAdd(a, []);
            neighbours.TryAdd(b, []);
            neighbours[a].Add(b);
            neighbours[b].Add(a);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in neighbours.Keys.Order(StringComparer.Ordinal))
        {
            if (!seen.Add(start))
            {
                continue;
            }
            var group = new List<string> { start };
            var queue = new Queue<string>([start]);
            while (queue.TryDequeue(out var next))
            {
                foreach (var n in neighbours[next].Where(seen.Add))
                {
                    group.Add(n);
                    queue.Enqueue(n);
                }
            }
            yield return [.. group.Order(StringComparer.Ordinal)];
        }
    }

    private sealed record Entered(TenderBids Tender, Dictionary<string, BidEntry[]> Bidders)
    {
        public IReadOnlyCollection<string> Winners { get; } = [.. Bidders.Where(b => b.Value.Any(x => x.Won)).Select(b => b.Key)];

        public IEnumerable<Guid> Events(string bidder) => Bidders.TryGetValue(bidder, out var bids) ? bids.Select(b => b.EventId) : [];

        public IEnumerable<Guid> WinningEvents(string bidder) => Bidders.TryGetValue(bidder, out var bids) ? bids.Where(b => b.Won).Select(b => b.EventId) : [];
    }
}
