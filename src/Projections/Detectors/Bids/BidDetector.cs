using Ledger.Projections.Detectors.Statistics;

namespace Ledger.Projections.Detectors.Bids;

/// <summary>
/// Bid deviation (投标文件偏差度) and the per-tender distribution screens. A warning here is a screen, not a finding:
/// it says which tenders to read first.
/// </summary>
public static class BidDetector
{
    /// <summary>Score: <c>1 − CV / (2·threshold)</c>; 1 for identical bids.</summary>
    public static readonly DetectorRule LowVariation = new("bid.cv-low", "投标报价离散度异常偏低");

    /// <summary>Score: <c>1 − threshold / (2·RD)</c>.</summary>
    public static readonly DetectorRule HighRelativeDistance = new("bid.rd-high", "最低两价差距异常");

    /// <summary>Score: <c>1 − threshold / (2·kurtosis)</c>.</summary>
    public static readonly DetectorRule HighKurtosis = new("bid.kurtosis-high", "投标报价分布峰度异常");

    /// <summary>Score: <c>1 − threshold / (2·|z|)</c>; one warning per outlying bid.</summary>
    public static readonly DetectorRule PriceOutlier = new("bid.price-outlier", "投标文件偏差度异常");

    /// <summary>Score: <c>1 − (1 − b₁/ceiling) / (2·margin)</c>; 1 when the lowest bid equals the ceiling.</summary>
    public static readonly DetectorRule CloseToCeiling = new("bid.close-to-ceiling", "报价贴近最高投标限价");

    /// <summary>Each bid against the ceiling and against the other bids, in input order.</summary>
    public static IReadOnlyList<BidDeviation> Deviations(TenderBids tender)
    {
        ArgumentNullException.ThrowIfNull(tender);
        var z = tender.Bids.Count >= 3 ? RobustZ.Scores([.. tender.Bids.Select(b => (double)b.Amount)]) : null;
        return
        [
            .. tender.Bids.Select((b, i) => new BidDeviation(
                b.EventId,
                b.BidderId,
                b.Amount,
                tender.Ceiling is > 0 ? (double)(b.Amount / tender.Ceiling.Value) : null,
                z?[i])),
        ];
    }

    /// <summary>The warnings of one tender, in <see cref="WarningOrder"/>.</summary>
    public static IReadOnlyList<Warning> Detect(TenderBids tender, BidThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(tender);
        ArgumentNullException.ThrowIfNull(thresholds);
        var warnings = new List<Warning>();
        if (tender.Bids.Count < thresholds.MinimumBids)
        {
            return warnings;
        }
        var screens = BidScreens.Of(tender);
        var all = tender.Bids.Select(b => b.EventId).ToArray();
        var id = tender.TenderId;
        if (screens.CoefficientOfVariation is { } cv && cv <= thresholds.MaximumCoefficientOfVariation)
        {
            warnings.Add(LowVariation.Warn(id, Severity.Below(cv, thresholds.MaximumCoefficientOfVariation),
                Text.Say($"The {screens.Count} bids of tender {id} vary by a coefficient of variation of {cv:0.####}, at or below {thresholds.MaximumCoefficientOfVariation:0.####}: prices this close suggest agreed cover bids."),
                all));
        }
        if (screens.RelativeDistance is { } rd && rd >= thresholds.MinimumRelativeDistance)
        {
            warnings.Add(HighRelativeDistance.Warn(id, Severity.Above(rd, thresholds.MinimumRelativeDistance),
                Text.Say($"In tender {id} the gap between the two lowest bids is {rd:0.###} standard deviations of the losing bids (threshold {thresholds.MinimumRelativeDistance:0.###}): the losing bids bunch above a lone low bid."),
                all));
        }
        if (screens.Kurtosis is { } k && k >= thresholds.MinimumKurtosis)
        {
            warnings.Add(HighKurtosis.Warn(id, Severity.Above(k, thresholds.MinimumKurtosis),
                Text.Say($"The bids of tender {id} have an excess kurtosis of {k:0.###} (threshold {thresholds.MinimumKurtosis:0.###}): most bids bunch together with few far off."),
                all));
        }
        foreach (var d in Deviations(tender))
        {
            if (d.RobustZ is { } z && Math.Abs(z) >= thresholds.MinimumRobustZ)
            {
                warnings.Add(PriceOutlier.Warn($"{id}:{d.BidderId}", Severity.Above(Math.Abs(z), thresholds.MinimumRobustZ),
                    Text.Say($"Bidder {d.BidderId}'s bid of {d.Amount:0.##} in tender {id} lies {z:0.##} robust standard deviations from the median bid (threshold ±{thresholds.MinimumRobustZ:0.##})."),
                    [d.EventId]));
            }
        }
        // Bids over the ceiling are rejected at opening (a failed tender, not a price that hugs the limit).
        if (screens.LowestToCeiling is { } ratio && ratio <= 1 && 1 - ratio <= thresholds.CeilingMargin)
        {
            warnings.Add(CloseToCeiling.Warn(id, Severity.Below(1 - ratio, thresholds.CeilingMargin),
                Text.Say($"Even the lowest of the {screens.Count} bids of tender {id} is {ratio:0.####} of the ceiling {tender.Ceiling:0.##}, within {thresholds.CeilingMargin:0.####} of it: nobody competed on price."),
                all));
        }
        return WarningOrder.Sort(warnings);
    }
}
