using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;

namespace Ledger.Tests.Evidence.Canonical;

public class PersonalDataCommitments
{
    private static readonly EventEnvelope Envelope = new(
        "bid.submitted", "ZB-2024-0001", 1, new DateTimeOffset(2024, 5, 6, 7, 4, 5, TimeSpan.Zero), null);

    private static readonly Bid Sample = new(
        "ZB-2024-0001",
        new Contact("兰州建工集团有限公司", "张三", "13800138000", new BankAccount("中国银行兰州分行", "6217000012345678")),
        [new Contact("甘肃路桥", "李四", null, null)]);

    [Fact]
    public void personal_values_are_replaced_by_commitments_and_kept_beside_the_event()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, Sample);
        var json = Encoding.UTF8.GetString(canonical.Bytes);

        Assert.Equal(
            ["/data/bidder/account", "/data/bidder/contactName", "/data/bidder/phone", "/data/partners/0/contactName"],
            canonical.Disclosures.Select(d => d.Path).Order(StringComparer.Ordinal));
        foreach (var secret in new[] { "张三", "李四", "13800138000", "6217000012345678", "中国银行" })
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }
        Assert.Contains("\"company\":\"兰州建工集团有限公司\"", json, StringComparison.Ordinal);
        Assert.Equal("\"张三\"", Disclosed(canonical, "/data/bidder/contactName"));
        Assert.Equal("\"13800138000\"", Disclosed(canonical, "/data/bidder/phone"));
    }

    [Fact]
    public void a_commitment_is_the_suite_hash_of_0x02_salt_and_canonical_value()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, Sample);
        var disclosure = canonical.Disclosures.Single(d => d.Path == "/data/bidder/contactName");

        var expected = "commit:" + Convert.ToHexStringLower(SHA256.HashData([0x02, .. disclosure.Salt, .. "\"张三\""u8]));
        using var document = JsonDocument.Parse(canonical.Bytes);
        Assert.Equal(expected, document.RootElement.GetProperty("data").GetProperty("bidder").GetProperty("contactName").GetString());
        Assert.Equal(32, disclosure.Salt.Length);
    }

    [Fact]
    public void a_personal_object_is_committed_whole_in_canonical_form()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, Sample);

        Assert.Equal("""{"bank":"中国银行兰州分行","number":"6217000012345678"}""", Disclosed(canonical, "/data/bidder/account"));
    }

    [Fact]
    public void each_disclosure_matches_its_event_and_no_other()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, Sample);
        var other = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, Sample);

        Assert.All(canonical.Disclosures, d => Assert.True(d.Matches(CryptoSuite.Intl, canonical.Bytes)));
        Assert.All(canonical.Disclosures, d => Assert.False(d.Matches(CryptoSuite.Intl, other.Bytes)));
        Assert.All(canonical.Disclosures, d => Assert.False(d.Matches(CryptoSuite.Gm, canonical.Bytes)));
    }

    [Fact]
    public void a_tampered_value_salt_or_path_does_not_match()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, Sample);
        var honest = canonical.Disclosures.Single(d => d.Path == "/data/bidder/contactName");
        var flipped = honest.Salt.ToArray();
        flipped[5] ^= 0x01;

        Assert.True(honest.Matches(CryptoSuite.Intl, canonical.Bytes));
        Assert.False((honest with { Value = "\"李四\""u8.ToArray() }).Matches(CryptoSuite.Intl, canonical.Bytes));
        Assert.False((honest with { Value = "\"张三\" "u8.ToArray() }).Matches(CryptoSuite.Intl, canonical.Bytes));
        Assert.False((honest with { Salt = flipped }).Matches(CryptoSuite.Intl, canonical.Bytes));
        Assert.False((honest with { Salt = honest.Salt[..31] }).Matches(CryptoSuite.Intl, canonical.Bytes));
        Assert.False((honest with { Path = "/data/bidder/phone" }).Matches(CryptoSuite.Intl, canonical.Bytes));
        Assert.False((honest with { Path = "/data/bidder/nobody" }).Matches(CryptoSuite.Intl, canonical.Bytes));
        Assert.False(honest.Matches(CryptoSuite.Intl, canonical.Bytes[..^1]));
    }

    [Fact]
    public void dropping_the_disclosures_leaves_the_event_and_its_hash_verifiable()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Gm, Envelope, Sample);
        var stored = canonical.Bytes.ToArray();

        Assert.True(Jcs.IsCanonical(stored));
        Assert.Equal(canonical.Hash, CanonicalEvent.HashOf(CryptoSuite.Gm, stored));
        foreach (var disclosure in canonical.Disclosures)
        {
            Assert.Equal(-1, stored.AsSpan().IndexOf(disclosure.Salt));
            Assert.Equal(-1, stored.AsSpan().IndexOf(disclosure.Value));
        }
    }

    [Fact]
    public void the_same_name_gets_a_different_commitment_in_every_event()
    {
        var first = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, Sample);
        var second = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, Sample);

        var a = first.Disclosures.Single(d => d.Path == "/data/bidder/contactName");
        var b = second.Disclosures.Single(d => d.Path == "/data/bidder/contactName");
        Assert.Equal(a.Value, b.Value);
        Assert.NotEqual(a.Salt, b.Salt);
        Assert.NotEqual(a.Commitment(CryptoSuite.Intl), b.Commitment(CryptoSuite.Intl));
        Assert.NotEqual(first.Hash, second.Hash);
    }

    [Fact]
    public void null_personal_values_stay_null_and_are_not_disclosed()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, Sample);

        Assert.Contains("\"partners\":[{\"account\":null,\"company\":\"甘肃路桥\",\"contactName\":\"commit:", Encoding.UTF8.GetString(canonical.Bytes), StringComparison.Ordinal);
        Assert.DoesNotContain(canonical.Disclosures, d => d.Path.StartsWith("/data/partners/0/phone", StringComparison.Ordinal));
        Assert.Contains("\"phone\":null", Encoding.UTF8.GetString(canonical.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void personal_values_follow_the_value_rules_before_they_are_committed()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, new Refund("Zha\u0304ng", 1200.50m, 3));

        Assert.Equal("\"Zh\u0101ng\"", Disclosed(canonical, "/data/payee"));
        Assert.Equal("\"1200.5\"", Disclosed(canonical, "/data/amount"));
        Assert.Equal("3", Disclosed(canonical, "/data/children"));
        Assert.All(canonical.Disclosures, d => Assert.True(d.Matches(CryptoSuite.Intl, canonical.Bytes)));
    }

    [Fact]
    public void a_disclosure_compares_by_content()
    {
        var disclosure = new Disclosure("/data/x", "\"a\""u8.ToArray(), new byte[32]);

        Assert.Equal(disclosure, new Disclosure("/data/x", "\"a\""u8.ToArray(), new byte[32]));
        Assert.NotEqual(disclosure, disclosure with { Value = "\"b\""u8.ToArray() });
    }

    private static string Disclosed(CanonicalEvent canonical, string path) =>
        Encoding.UTF8.GetString(canonical.Disclosures.Single(d => d.Path == path).Value);

    private sealed record Bid(string TenderId, Contact Bidder, IReadOnlyList<Contact> Partners);

    // Marks on positional parameters, the way event records are written.
    private sealed record Contact(string Company, [Personal] string ContactName, [Personal] string? Phone, [Personal] BankAccount? Account);

    private sealed record BankAccount(string Bank, [property: Personal] string Number);

    private sealed class Refund(string payee, decimal amount, int children)
    {
        [Personal]
        public string Payee { get; } = payee;

        [Personal]
        public decimal Amount { get; } = amount;

        [Personal]
        public int Children { get; } = children;
    }
}
