using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Collusion;
using static Ledger.Tests.Projections.Detectors.DetectorData;

namespace Ledger.Tests.Projections.Detectors;

public sealed class bidder_networks_reveal_pairs_cover_bids_and_rotation
{
    private static readonly NetworkThresholds Defaults = new();

    private static DateOnly Day(int i) => new DateOnly(2026, 1, 1).AddDays(i * 7);

    [Fact]
    public void three_firms_that_always_meet_and_win_in_turn_are_a_rotation()
    {
        string[] ring = ["A", "B", "C"];
        var tenders = Enumerable.Range(0, 6)
            .Select(i => Tender($"T-{i}", Day(i), i * 10, [.. ring.Select(b => (b, b == ring[i % 3] ? 100m : 110m, b == ring[i % 3]))]))
            .ToArray();

        var warnings = BidderNetworkDetector.Detect(tenders, Defaults);

        // Each pair met in all 6 tenders: overlap 1, score 6/(6 + 5). Wins 2, 2, 2: balance 1, group share 1.
        Assert.Equal(["A+B", "A+C", "B+C"], warnings.Where(w => w.Rule == "collusion.bid-together").Select(w => w.Subject));
        Assert.All(warnings.Where(w => w.Rule == "collusion.bid-together"), w => Assert.Equal(6.0 / 11, w.Score, 12));
        var rotation = Assert.Single(warnings, w => w.Rule == "collusion.rotation");
        Assert.Equal("A+B+C", rotation.Subject);
        Assert.Equal(1, rotation.Score, 12);
        Assert.Equal(18, rotation.Events.Count);
        Assert.Contains("A, B, C, A, B, C", rotation.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(warnings, w => w.Rule == "collusion.cover-bidding");
    }

    [Fact]
    public void a_bidder_that_always_loses_to_one_winner_is_a_cover_bidder()
    {
        // L enters 5 tenders and W wins all of them against a changing third bidder: share 1, score 1 · 5/(5 + 5).
        var tenders = Enumerable.Range(0, 5)
            .Select(i => Tender($"T-{i}", Day(i), i * 10, ("W", 100m, true), ("L", 108m, false), ($"X-{i}", 104m, false)))
            .ToArray();

        var cover = Assert.Single(BidderNetworkDetector.Detect(tenders, Defaults), w => w.Rule == "collusion.cover-bidding");

        Assert.Equal("L+W", cover.Subject);
        Assert.Equal(0.5, cover.Score, 12);
        Assert.Equal(Enumerable.Range(0, 5).SelectMany(i => new[] { Id(i * 10), Id((i * 10) + 1) }), cover.Events);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(19, false)]
    public void a_cover_bidder_is_found_while_the_ring_is_most_of_its_bidding(int elsewhere, bool found)
    {
        // L loses 10 tenders to W and enters `elsewhere` more that others win: share 10/11 ≈ 0.91 is a cover's role
        // (issue 4: what subtlety 0.5 plants); 10/29 ≈ 0.34 is a busy firm that meets W now and then.
        var ring = Enumerable.Range(0, 10).Select(i => Tender($"T-{i}", Day(i), i * 10, ("W", 100m, true), ("L", 108m, false)));
        var honest = Enumerable.Range(10, elsewhere).Select(i => Tender($"T-{i}", Day(i), i * 10, ("L", 104m, false), ($"X-{i}", 100m, true)));

        var warnings = BidderNetworkDetector.Detect([.. ring, .. honest], Defaults);

        Assert.Equal(found, warnings.Any(w => w.Rule == "collusion.cover-bidding" && w.Subject == "L+W"));
    }

    [Fact]
    public void an_open_market_with_shifting_bidders_and_winners_raises_nothing()
    {
        // Twelve tenders among six firms; tender i draws firms i, i + 1 and i + 3 (mod 6), and the winner shifts with i.
        var tenders = Enumerable.Range(0, 12).Select(i =>
        {
            int[] firms = [i % 6, (i + 1) % 6, (i + 3) % 6];
            var winner = firms[i / 6 == 0 ? i % 3 : (i + 1) % 3];
            return Tender($"T-{i}", Day(i), i * 10, [.. firms.Select(f => ($"P-{f}", 100m + f, f == winner))]);
        }).ToArray();

        Assert.Empty(BidderNetworkDetector.Detect(tenders, Defaults));
    }

    [Fact]
    public void a_pair_below_the_minimum_of_tenders_is_not_a_pattern()
    {
        var tenders = Enumerable.Range(0, 4)
            .Select(i => Tender($"T-{i}", Day(i), i * 10, ("W", 100m, true), ("L", 108m, false)))
            .ToArray();

        Assert.Empty(BidderNetworkDetector.Detect(tenders, Defaults));
    }

    [Fact]
    public void one_dominant_winner_is_not_a_rotation()
    {
        // A wins 5 of 6 against B: entropy of (5, 1) over ln 2 ≈ 0.65, under the 0.8 balance.
        var tenders = Enumerable.Range(0, 6)
            .Select(i => Tender($"T-{i}", Day(i), i * 10, ("A", 100m, i != 0), ("B", 105m, i == 0)))
            .ToArray();

        Assert.DoesNotContain(BidderNetworkDetector.Detect(tenders, Defaults), w => w.Rule == "collusion.rotation");
    }

    [Fact]
    public void the_warnings_do_not_depend_on_the_order_of_the_input()
    {
        var tenders = Enumerable.Range(0, 6)
            .Select(i => Tender($"T-{i}", Day(i), i * 10, ("A", 100m, i % 2 == 0), ("B", 105m, i % 2 == 1), ($"X-{i}", 120m, false)))
            .ToArray();

        var forward = Lines(BidderNetworkDetector.Detect(tenders, Defaults)).ToArray();

        Assert.NotEmpty(forward);
        Assert.Equal(forward, Lines(BidderNetworkDetector.Detect([.. tenders.Reverse()], Defaults)));
    }
}
