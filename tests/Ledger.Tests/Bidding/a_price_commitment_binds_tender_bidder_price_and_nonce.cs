using Ledger.Bidding;

namespace Ledger.Tests.Bidding;

public sealed class a_price_commitment_binds_tender_bidder_price_and_nonce
{
    private const string Nonce = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    // Computed outside .NET: python3 hashlib.sha256(b"ledger-bid-price/v1\nT-1\nB-1\n1234.5\n" + nonce).hexdigest()
    private const string Vector = "e91a8d44084f8bfc28c9192539f30b92fd61405ccd5a474a57970c263eb7e659";

    [Fact]
    public void the_commitment_is_sha256_of_the_documented_preimage()
    {
        Assert.Equal(Vector, PriceCommitment.Compute("T-1", "B-1", 1234.5m, Nonce));
        Assert.Equal("0db7be82ce7921d356d242184203ed9c16242b25c91f7d7a27e4ff063141681a", PriceCommitment.Compute("T-1", "B-1", 1_000_000.00m, Nonce));
    }

    [Fact]
    public void one_price_spelled_two_ways_is_one_commitment()
    {
        Assert.Equal(Vector, PriceCommitment.Compute("T-1", "B-1", 1234.50m, Nonce));
        Assert.True(PriceCommitment.Matches(Vector, "T-1", "B-1", 1234.500m, Nonce));
    }

    [Fact]
    public void the_revealed_price_and_nonce_reproduce_it()
    {
        Assert.True(PriceCommitment.Matches(Vector, "T-1", "B-1", 1234.5m, Nonce));
    }

    [Theory]
    [InlineData("T-1", "B-1", "1234.51", Nonce)]
    [InlineData("T-1", "B-1", "1234.4", Nonce)]
    [InlineData("T-1", "B-1", "1234.5", "100102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")]
    [InlineData("T-1", "B-2", "1234.5", Nonce)]
    [InlineData("T-2", "B-1", "1234.5", Nonce)]
    public void a_changed_price_nonce_bidder_or_tender_fails(string tender, string bidder, string price, string nonce)
    {
        Assert.False(PriceCommitment.Matches(Vector, tender, bidder, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), nonce));
    }

    [Theory]
    [InlineData("000102030405060708090a0b0c0d0e")]
    [InlineData("000102030405060708090A0B0C0D0E0F")]
    [InlineData("000102030405060708090a0b0c0d0e0f1")]
    [InlineData("000102030405060708090a0b0c0d0e0g")]
    public void a_short_odd_or_uppercase_nonce_is_refused(string nonce)
    {
        Assert.Throws<ArgumentException>(() => PriceCommitment.Compute("T-1", "B-1", 1m, nonce));
        Assert.False(PriceCommitment.Matches(Vector, "T-1", "B-1", 1234.5m, nonce));
    }

    [Fact]
    public void a_nonce_of_exactly_sixteen_bytes_is_enough()
    {
        var nonce = Nonce[..32];
        Assert.True(PriceCommitment.Matches(PriceCommitment.Compute("T-1", "B-1", 1m, nonce), "T-1", "B-1", 1m, nonce));
    }

    [Fact]
    public void an_id_with_a_line_feed_cannot_shift_the_preimage()
    {
        Assert.Throws<ArgumentException>(() => PriceCommitment.Compute("T-1\nB-1", "", 1m, Nonce));
    }

    [Fact]
    public void fresh_nonces_are_32_random_bytes_in_lowercase_hex()
    {
        var (a, b) = (PriceCommitment.NewNonce(), PriceCommitment.NewNonce());
        Assert.Matches("^[0-9a-f]{64}$", a);
        Assert.NotEqual(a, b);
    }
}
