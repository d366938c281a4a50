using Ledger.Bidding;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using static Ledger.Tests.Bidding.Decisions;

namespace Ledger.Tests.Bidding;

public sealed class revealed_prices_must_reproduce_their_commitments
{
    private readonly TenderScenario scenario = new TenderScenario().Entered().Noticed()
        .Submitted("B-1", 900_000m).Submitted("B-2", 950_000m).Submitted("B-3", 980_000m);

    [Fact]
    public void a_wrong_nonce_is_refused_naming_the_bidder()
    {
        var wrong = scenario.Reveal("B-2") with { Nonce = PriceCommitment.NewNonce() };

        var reason = Refused(Open(Replace(wrong)));

        Assert.Equal($"the price 950000 and nonce revealed by B-2 do not reproduce its price commitment {scenario.Bid("B-2").PriceCommitment} for tender T-1", reason);
    }

    [Fact]
    public void a_changed_price_is_refused_naming_the_bidder()
    {
        var lowered = scenario.Reveal("B-3") with { Price = 979_999.99m };

        Assert.Contains("revealed by B-3 do not reproduce", Refused(Open(Replace(lowered))), StringComparison.Ordinal);
    }

    [Fact]
    public void the_same_price_spelled_with_trailing_zeros_is_accepted()
    {
        var spelled = scenario.Reveal("B-1") with { Price = 900_000.00m };

        Accepted<BidsOpened>(Open(Replace(spelled)));
    }

    [Fact]
    public void another_bidders_reveal_does_not_open_a_bid()
    {
        var borrowed = scenario.Reveal("B-1") with { BidderId = "B-2" };
        var reveals = new[] { scenario.Reveal("B-1"), borrowed, scenario.Reveal("B-3") };

        Assert.Contains("revealed by B-2 do not reproduce", Refused(Open(reveals)), StringComparison.Ordinal);
    }

    [Fact]
    public void after_an_amendment_only_the_amended_price_opens_the_bid()
    {
        var original = scenario.Reveal("B-1");
        scenario.Amended("B-1", 880_000m);

        Refused(Open(Replace(original)));
        var opened = Accepted<BidsOpened>(Open(scenario.Reveals));
        Assert.Equal(880_000m, opened.Bids.Single(b => b.BidderId == "B-1").Price);
    }

    [Fact]
    public void every_standing_bid_is_accounted_for()
    {
        var reveals = scenario.Reveals.Where(r => r.BidderId != "B-2").ToList();

        Assert.Equal("the bid of B-2 for tender T-1 is neither revealed nor declared not decrypted", Refused(Open(reveals)));
        Assert.Equal("B-9 has no bid standing for tender T-1 to open", Refused(Open([.. scenario.Reveals, new PriceReveal("B-9", 1m, PriceCommitment.NewNonce())])));
        Assert.Contains("B-2 is named 2 times", Refused(Open(scenario.Reveals, notDecrypted: ["B-2"])), StringComparison.Ordinal);
    }

    [Fact]
    public void a_bid_declared_not_decrypted_is_recorded_without_a_price()
    {
        var reveals = scenario.Reveals.Where(r => r.BidderId != "B-2").ToList();

        var opened = Accepted<BidsOpened>(Open(reveals, notDecrypted: ["B-2"]));

        var b2 = opened.Bids.Single(b => b.BidderId == "B-2");
        Assert.Equal(OpeningOutcome.NotDecrypted, b2.Outcome);
        Assert.Null(b2.Price);
        Assert.Equal(scenario.Bid("B-2").PriceCommitment, b2.PriceCommitment);
    }

    [Fact]
    public void the_opening_event_alone_lets_anyone_recheck_each_commitment()
    {
        var opened = Accepted<BidsOpened>(Open(scenario.Reveals));

        Assert.All(opened.Bids, b => Assert.True(PriceCommitment.Matches(b.PriceCommitment, opened.TenderId, b.BidderId, b.Price!.Value, b.Nonce!)));
        Assert.All(opened.Bids, b => Assert.Equal(scenario.Bid(b.BidderId).FileHash, b.FileHash));
    }

    private Ledger.Actions.Decision Open(IEnumerable<PriceReveal> reveals, IReadOnlyList<string>? notDecrypted = null) =>
        BiddingRules.Decide(scenario.Tender, scenario.Bids, new OpenBids("T-1", reveals.ToList(), notDecrypted ?? []), Actors.Centre, Clock.Deadline);

    private List<PriceReveal> Replace(PriceReveal reveal) =>
        scenario.Reveals.Select(r => r.BidderId == reveal.BidderId ? reveal : r).ToList();
}
