using Ledger.Projections.Detectors;
using Ledger.Projections.Detectors.Bids;

namespace Ledger.Tests.Projections.Detectors;

/// <summary>Small builders for detector inputs: event ids that read as numbers, tenders from plain amounts.</summary>
internal static class DetectorData
{
    public static Guid Id(int n) => new(n, 0, 0, new byte[8]);

    /// <summary>A tender whose i-th amount is bidder <c>B-i</c>'s bid with event id <c>Id(offset + i)</c>; the lowest wins.</summary>
    public static TenderBids Tender(string id, decimal? ceiling, params decimal[] amounts) =>
        new(id, "620100", new DateOnly(2026, 3, 1), ceiling,
            [.. amounts.Select((a, i) => new BidEntry(Id(i + 1), $"B-{i + 1}", a, a == amounts.Min()))]);

    /// <summary>A tender with the given bids, whose event ids are <c>Id(firstEvent + i)</c>.</summary>
    public static TenderBids Tender(string id, DateOnly date, int firstEvent, params (string Bidder, decimal Amount, bool Won)[] bids) =>
        new(id, "620100", date, null, [.. bids.Select((b, i) => new BidEntry(Id(firstEvent + i), b.Bidder, b.Amount, b.Won))]);

    /// <summary>A warning as one comparable line (records compare their event lists by reference).</summary>
    public static IEnumerable<string> Lines(IEnumerable<Warning> warnings) =>
        warnings.Select(w => $"{w.Rule}|{w.Title}|{w.Subject}|{w.Score:R}|{w.Explanation}|{string.Join(",", w.Events)}");
}
