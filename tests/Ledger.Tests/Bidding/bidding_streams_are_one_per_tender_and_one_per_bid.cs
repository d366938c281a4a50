using Ledger.Bidding;

namespace Ledger.Tests.Bidding;

public sealed class bidding_streams_are_one_per_tender_and_one_per_bid
{
    [Fact]
    public void stream_ids_name_the_tender_and_the_bidder()
    {
        Assert.Equal("tender/T-1", BiddingStreams.TenderStream("T-1"));
        Assert.Equal("bid/T-1/91620100MA7BIDDER1", BiddingStreams.BidStream("T-1", "91620100MA7BIDDER1"));
        Assert.StartsWith(BiddingStreams.BidStreamPrefix("T-1"), BiddingStreams.BidStream("T-1", "B-1"), StringComparison.Ordinal);
        Assert.False(BiddingStreams.BidStream("T-10", "B-1").StartsWith(BiddingStreams.BidStreamPrefix("T-1"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("T-1/B-1")]
    [InlineData("T-1\n")]
    public void an_id_that_could_blur_two_streams_is_refused(string id)
    {
        Assert.Throws<ArgumentException>(() => BiddingStreams.TenderStream(id));
        Assert.Throws<ArgumentException>(() => BiddingStreams.BidStream("T-1", id));
        Assert.Throws<ArgumentException>(() => BiddingStreams.BidStream(id, "B-1"));
    }
}
