using System.Security.Cryptography;
using System.Text;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;

namespace Ledger.Tests.Evidence.Canonical;

public class CanonicalEvents
{
    private static readonly DateTimeOffset Recorded = new DateTimeOffset(2024, 5, 6, 15, 4, 5, TimeSpan.FromHours(8)).AddTicks(1_234_560);

    private static readonly EventEnvelope First = new("bid.submitted", "ZB-2024-0001", 1, Recorded, null);

    private static readonly BidSubmitted Bid = new(
        "ZB-2024-0001", "兰州建工集团有限公司", 1234.50m, BidChannel.Online, Recorded, ["报价含税", "工期 180 天"], 3);

    [Fact]
    public void the_canonical_event_has_the_documented_shape()
    {
        var previous = Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray();
        var envelope = First with { Version = 2, Previous = previous };

        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, envelope, Bid);

        Assert.Equal(
            """{"data":{"bidder":"兰州建工集团有限公司","channel":"Online","lots":3,"notes":["报价含税","工期 180 天"],"price":"1234.5","submittedAt":"2024-05-06T07:04:05.123456Z","tenderId":"ZB-2024-0001"},"""
            + "\"prev\":\"" + Convert.ToHexStringLower(previous) + "\","
            + "\"stream\":\"ZB-2024-0001\",\"time\":\"2024-05-06T07:04:05.123456Z\",\"type\":\"bid.submitted\",\"version\":2}",
            Encoding.UTF8.GetString(canonical.Bytes));
        Assert.Empty(canonical.Disclosures);
    }

    [Fact]
    public void the_first_event_of_a_stream_has_a_null_prev()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, First, Bid);

        Assert.Contains("\"prev\":null,", Encoding.UTF8.GetString(canonical.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void the_event_hash_is_the_rfc_9162_leaf_hash_of_the_bytes()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, First, Bid);

        var expected = SHA256.HashData([0x00, .. canonical.Bytes]);
        Assert.Equal(expected, canonical.Hash);
        Assert.Equal(expected, CanonicalEvent.HashOf(CryptoSuite.Intl, canonical.Bytes));
        Assert.True(Jcs.IsCanonical(canonical.Bytes));
    }

    [Fact]
    public void the_same_event_gives_the_same_bytes_every_time()
    {
        var once = CanonicalEvent.Create(CryptoSuite.Intl, First, Bid);
        var again = CanonicalEvent.Create(CryptoSuite.Intl, First with { }, Bid with { Notes = [.. Bid.Notes] });

        Assert.Equal(once.Bytes, again.Bytes);
        Assert.Equal(once.Hash, again.Hash);
    }

    [Fact]
    public void any_change_of_value_changes_the_hash()
    {
        var original = CanonicalEvent.Create(CryptoSuite.Intl, First, Bid).Hash;

        Assert.NotEqual(original, CanonicalEvent.Create(CryptoSuite.Intl, First, Bid with { Price = 1234.51m }).Hash);
        Assert.NotEqual(original, CanonicalEvent.Create(CryptoSuite.Intl, First with { Time = Recorded.AddTicks(10) }, Bid).Hash);
        Assert.NotEqual(original, CanonicalEvent.Create(CryptoSuite.Intl, First with { Stream = "ZB-2024-0002" }, Bid).Hash);
    }

    [Fact]
    public void gm_and_intl_hash_the_same_bytes_differently()
    {
        var intl = CanonicalEvent.Create(CryptoSuite.Intl, First, Bid);
        var gm = CanonicalEvent.Create(CryptoSuite.Gm, First, Bid);

        Assert.Equal(intl.Bytes, gm.Bytes);
        Assert.NotEqual(intl.Hash, gm.Hash);
        Assert.Equal(CryptoSuite.Gm.Hash([0x00, .. gm.Bytes]), gm.Hash);
    }

    [Fact]
    public void spellings_of_one_value_give_one_hash()
    {
        var reference = CanonicalEvent.Create(CryptoSuite.Intl, First, Bid).Hash;
        var utcTime = First with { Time = Recorded.ToUniversalTime() };
        var respelled = Bid with { Price = 1234.5000m, SubmittedAt = Recorded.ToOffset(TimeSpan.FromHours(-5)) };

        Assert.Equal(reference, CanonicalEvent.Create(CryptoSuite.Intl, utcTime, respelled).Hash);
    }

    [Fact]
    public void text_typed_with_different_code_points_hashes_the_same()
    {
        var unified = Bid with { Bidder = "李四 Zh\u0101ng" };
        var compatibility = Bid with { Bidder = "\uF9E1四 Zha\u0304ng" };

        var a = CanonicalEvent.Create(CryptoSuite.Intl, First with { Stream = "标段-\u00e9" }, unified);
        var b = CanonicalEvent.Create(CryptoSuite.Intl, First with { Stream = "标段-e\u0301" }, compatibility);

        Assert.Equal(a.Hash, b.Hash);
        Assert.NotEqual(a.Hash, CanonicalEvent.Create(CryptoSuite.Intl, First with { Stream = "标段-\u00e9" }, Bid with { Bidder = "李五 Zh\u0101ng" }).Hash);
    }

    [Fact]
    public void dictionary_keys_are_text_too_and_the_marker_key_is_reserved()
    {
        var a = CanonicalEvent.Create(CryptoSuite.Intl, First, new Attributes(new() { ["caf\u00e9"] = "1" }));
        var b = CanonicalEvent.Create(CryptoSuite.Intl, First, new Attributes(new() { ["cafe\u0301"] = "1" }));

        Assert.Equal(a.Bytes, b.Bytes);
        Assert.Throws<ArgumentException>(() =>
            CanonicalEvent.Create(CryptoSuite.Intl, First, new Attributes(new() { ["$personal"] = "x" })));
    }

    [Fact]
    public void values_without_a_canonical_spelling_are_refused_naming_the_member()
    {
        var subMicrosecond = Assert.Throws<ArgumentException>(() =>
            CanonicalEvent.Create(CryptoSuite.Intl, First, Bid with { SubmittedAt = Recorded.AddTicks(3) }));
        Assert.Contains("submittedAt", subMicrosecond.Message, StringComparison.OrdinalIgnoreCase);

        Assert.Throws<ArgumentException>(() => CanonicalEvent.Create(CryptoSuite.Intl, First, Bid with { Lots = 1L << 53 }));
        Assert.Throws<ArgumentException>(() => CanonicalEvent.Create(CryptoSuite.Intl, First, Bid with { Channel = (BidChannel)7 }));
        Assert.Throws<ArgumentException>(() => CanonicalEvent.Create(CryptoSuite.Intl, First, new Opened(DateTime.Now)));
        Assert.Throws<ArgumentException>(() => CanonicalEvent.Create(CryptoSuite.Intl, First, "not an object"));
        Assert.Throws<ArgumentException>(() => CanonicalEvent.Create(CryptoSuite.Intl, First with { Time = Recorded.AddTicks(1) }, Bid));
    }

    [Fact]
    public void the_largest_exact_integer_is_accepted()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, First, Bid with { Lots = (1L << 53) - 1 });

        Assert.Contains("\"lots\":9007199254740991,", Encoding.UTF8.GetString(canonical.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void the_stream_chain_link_must_match_the_version()
    {
        var hash = new byte[CryptoSuite.HashSize];

        Assert.Throws<ArgumentException>(() => CanonicalEvent.Create(CryptoSuite.Intl, First with { Version = 2 }, Bid));
        Assert.Throws<ArgumentException>(() => CanonicalEvent.Create(CryptoSuite.Intl, First with { Previous = hash }, Bid));
        Assert.Throws<ArgumentException>(() => CanonicalEvent.Create(CryptoSuite.Intl, First with { Version = 2, Previous = new byte[31] }, Bid));
        Assert.Throws<ArgumentException>(() => CanonicalEvent.Create(CryptoSuite.Intl, First with { Version = 0 }, Bid));
        Assert.Throws<ArgumentException>(() => CanonicalEvent.Create(CryptoSuite.Intl, First with { Type = "" }, Bid));
    }

    private enum BidChannel
    {
        Online,
        OnSite,
    }

    private sealed record BidSubmitted(
        string TenderId, string Bidder, decimal Price, BidChannel Channel, DateTimeOffset SubmittedAt, IReadOnlyList<string> Notes, long Lots);

    private sealed record Attributes(Dictionary<string, string> Values);

    private sealed record Opened(DateTime At);
}
