using Ledger.Projections.Detectors.Bids;

namespace Ledger.Projections.Detectors.Collusion;

/// <summary>
/// Bid prices in a regular pattern (Regulations Art. 40 (4)): the signs of prices computed from one spreadsheet rather
/// than by independent estimates. Scores grow with the number of bids k in the pattern: <c>1 − 2^(1 − k)</c>.
/// </summary>
public static class PricePatternDetector
{
    /// <summary>Sorted bids climbing in equal arithmetic or geometric steps.</summary>
    public static readonly DetectorRule PriceSteps = new("collusion.price-steps", "串通投标：报价呈规律性差异");

    /// <summary>Bids that are exact per-mille fractions of a ceiling that does not make them round.</summary>
    public static readonly DetectorRule CeilingRatios = new("collusion.ceiling-ratios", "串通投标：报价为最高限价的固定比例");

    /// <summary>Two or more bidders with the same price to the cent.</summary>
    public static readonly DetectorRule IdenticalPrices = new("collusion.identical-prices", "串通投标：报价完全相同");

    /// <summary>The warnings of one tender, in <see cref="WarningOrder"/>.</summary>
    public static IReadOnlyList<Warning> Detect(TenderBids tender, PricePatternThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(tender);
        ArgumentNullException.ThrowIfNull(thresholds);
        var bids = tender.Bids.OrderBy(b => b.Amount).ThenBy(b => b.BidderId, StringComparer.Ordinal).ToArray();
        var warnings = new List<Warning>();
        foreach (var same in bids.GroupBy(b => b.Amount).Where(g => g.Count() >= 2))
        {
            warnings.Add(IdenticalPrices.Warn($"{tender.TenderId}:{same.Key:0.00}", ByCount(same.Count()),
                Text.Say($"Bidders {Text.List(same.Select(b => b.BidderId))} in tender {tender.TenderId} all bid exactly {same.Key:0.00}."),
                same.Select(b => b.EventId)));
        }
        if (Steps(tender.TenderId, bids, thresholds) is { } steps)
        {
            warnings.Add(steps);
        }
        if (Ratios(tender, bids, thresholds) is { } ratios)
        {
            warnings.Add(ratios);
        }
        return WarningOrder.Sort(warnings);
    }

    private static Warning? Steps(string tenderId, BidEntry[] bids, PricePatternThresholds thresholds)
    {
        var minimum = Math.Max(3, thresholds.MinimumStepBids);
        if (bids.Length < minimum || bids[0].Amount <= 0)
        {
            return null;
        }
        double[] linear = [.. bids.Zip(bids.Skip(1), (a, b) => (double)(b.Amount - a.Amount))];
        double[] logarithmic = [.. bids.Zip(bids.Skip(1), (a, b) => Math.Log((double)b.Amount / (double)a.Amount))];
        var arithmetic = LongestRun(linear, thresholds.StepTolerance);
        var geometric = LongestRun(logarithmic, thresholds.StepTolerance);
        var (run, kind) = arithmetic.Length >= geometric.Length ? (arithmetic, "arithmetic") : (geometric, "geometric");
        if (run.Length + 1 < minimum)
        {
            return null;
        }
        var inRun = bids[run.Start..(run.End + 2)];
        var step = kind == "arithmetic"
            ? Text.Say($"{linear[run.Start]:0.##} yuan")
            : Text.Say($"{Math.Exp(logarithmic[run.Start]) - 1:P2}");
        return PriceSteps.Warn(tenderId, ByCount(inRun.Length),
            Text.Say($"{inRun.Length} bids in tender {tenderId} climb in equal {kind} steps of about {step}: {Text.List(inRun.Select(b => Text.Say($"{b.BidderId} {b.Amount:0.00}")))}."),
            inRun.Select(b => b.EventId));
    }

    private static Warning? Ratios(TenderBids tender, BidEntry[] bids, PricePatternThresholds thresholds)
    {
        if (tender.Ceiling is not { } ceiling || ceiling <= 0)
        {
            return null;
        }
        var exact = bids
            .Select(b => (Bid: b, PerMille: decimal.Round(b.Amount * 1000m / ceiling)))
            .Where(x => Math.Abs(x.Bid.Amount - (ceiling * x.PerMille / 1000m)) <= thresholds.CeilingRatioTolerance
                && (thresholds.RoundAmount <= 0 || x.Bid.Amount % thresholds.RoundAmount != 0))
            .ToArray();
        if (exact.Length < thresholds.MinimumCeilingRatioBids)
        {
            return null;
        }
        return CeilingRatios.Warn(tender.TenderId, ByCount(exact.Length),
            Text.Say($"{exact.Length} bids in tender {tender.TenderId} are exact fractions of the ceiling {ceiling:0.00}: {Text.List(exact.Select(x => Text.Say($"{x.Bid.BidderId} {x.PerMille / 10m:0.0}%")))}."),
            exact.Select(x => x.Bid.EventId));
    }

    private static (int Start, int End, int Length) LongestRun(double[] steps, double tolerance)
    {
        var best = (Start: 0, End: -1, Length: 0);
        for (var start = 0; start < steps.Length; start++)
        {
            if (steps[start] <= 0)
            {
                continue;
            }
            var end = start;
            while (end + 1 < steps.Length && Math.Abs(steps[end + 1] - steps[start]) <= tolerance * steps[start])
            {
                end++;
            }
            if (end - start + 1 > best.Length)
            {
                best = (start, end, end - start + 1);
            }
        }
        return best;
    }

    private static double ByCount(int bids) => 1 - Math.Pow(2, 1 - bids);
}
