namespace Ledger.Projections.Detectors.Reads;

/// <summary>
/// Collusion between tenderer and bidder (Regulations Art. 41) as a ledger that records reads as well as writes can
/// see it: sealed bids read before the opening (Art. 41 (1); an attempt the ledger refused counts as much), the expert
/// panel read by an interested party before the result (Bidding Law Art. 37), and a bid amended soon after an unlawful
/// read (Art. 41 (4), instructing a bidder to change its bid).
/// </summary>
public static class ReadDetector
{
    /// <summary>One warning per reader. Score: 1 for the tenderer's side or another bidder, else
    /// <see cref="ReadThresholds.NonPartyReadScore"/>.</summary>
    public static readonly DetectorRule SealedBidBeforeOpening = new("reads.sealed-bid-before-opening", "招标人与投标人串通：开标前查阅投标文件");

    /// <summary>One warning per reader from the tenderer's side or a bidder. Score: 1.</summary>
    public static readonly DetectorRule PanelBeforeResult = new("reads.panel-before-result", "泄露评标委员会成员名单");

    /// <summary>One warning per amendment. Score: <c>1 − elapsed / (2·window)</c>, elapsed since the latest such read.</summary>
    public static readonly DetectorRule AmendAfterRead = new("reads.amend-after-read", "招标人授意投标人修改投标文件");

    /// <summary>The warnings of one tender, in <see cref="WarningOrder"/>.</summary>
    /// <param name="reads">The tender's reads, of any target.</param>
    /// <param name="amendments">The tender's bid amendments.</param>
    public static IReadOnlyList<Warning> Detect(TenderTimes times, IReadOnlyList<ReadRecord> reads, IReadOnlyList<BidAmendment> amendments, ReadThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(amendments);
        ArgumentNullException.ThrowIfNull(thresholds);
        var early = reads.Where(r => r.What == ReadTarget.SealedBid && times.IsBeforeOpening(r.At) && !(r.Role == ReaderRole.Bidder && r.ReaderOrg == r.BidderId))
            .OrderBy(r => r.At).ThenBy(r => r.EventId).ToArray();
        var panel = reads.Where(r => r.What == ReadTarget.ExpertPanel && IsInterested(r.Role) && times.IsBeforeResult(r.At));
        var warnings = new List<Warning>();
        foreach (var reader in early.GroupBy(r => (r.ReaderOrg, r.Role)))
        {
            var whose = Text.List(reader.Select(Whose).Distinct().Order(StringComparer.Ordinal));
            var denied = reader.Count(r => r.Denied) is var refused and > 0 ? $" ({refused} refused by the ledger)" : "";
            warnings.Add(SealedBidBeforeOpening.Warn($"{times.TenderId}:{reader.Key.ReaderOrg}", IsInterested(reader.Key.Role) ? 1 : thresholds.NonPartyReadScore,
                Text.Say($"{reader.Key.ReaderOrg} ({reader.Key.Role}) read sealed bid data of {whose} in tender {times.TenderId} {reader.Count()} time(s){denied} {Opening(times)}, first at {reader.First().At:u}."),
                reader.Select(r => r.EventId)));
        }
        foreach (var reader in panel.OrderBy(r => r.At).GroupBy(r => (r.ReaderOrg, r.Role)))
        {
            warnings.Add(PanelBeforeResult.Warn($"{times.TenderId}:{reader.Key.ReaderOrg}", 1,
                Text.Say($"{reader.Key.ReaderOrg} ({reader.Key.Role}) read the expert panel of tender {times.TenderId} at {reader.First().At:u}, before the result was settled."),
                reader.Select(r => r.EventId)));
        }
        foreach (var amendment in amendments)
        {
            var before = early.Where(r => r.At <= amendment.At && amendment.At - r.At <= thresholds.AmendmentWindow).ToArray();
            if (before.Length == 0)
            {
                continue;
            }
            var latest = before[^1];
            var elapsed = amendment.At - latest.At;
            warnings.Add(AmendAfterRead.Warn($"{times.TenderId}:{amendment.BidderId}", Severity.Below(elapsed.TotalMinutes, thresholds.AmendmentWindow.TotalMinutes),
                Text.Say($"Bidder {amendment.BidderId} amended its bid in tender {times.TenderId} {elapsed.TotalHours:0.##} hours after {latest.ReaderOrg} ({latest.Role}) read sealed bid data of {Whose(latest)} before the opening (window {thresholds.AmendmentWindow.TotalHours:0.##} hours)."),
                [amendment.EventId, .. before.Select(r => r.EventId)]));
        }
        return WarningOrder.Sort(warnings);
    }

    private static string Whose(ReadRecord read) => read.BidderId ?? "every bidder";

    private static string Opening(TenderTimes times) => times.Opening is { } opening ? $"before the opening at {opening:u}" : "before the opening, which has not happened yet";

    private static bool IsInterested(ReaderRole role) => role is ReaderRole.Tenderer or ReaderRole.TenderAgent or ReaderRole.Bidder;
}
