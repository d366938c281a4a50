using System.Text.Json;
using Ledger.Actions;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Packages;

namespace Ledger.Tests.Evidence.Packages;

public sealed class disclosures_open_the_commitments_the_encoder_made
{
    private static readonly EventEnvelope Envelope = new("DepositPaid", "bid/T-1/org-a", 1, new DateTimeOffset(2026, 5, 6, 7, 4, 5, TimeSpan.Zero), null);

    private static readonly EventContext Context = new(new Actor("op-7", "王操作员", "centre-001", Role.CentreOperator), "corr-1", null, new ClientInfo("10.0.0.1", "tests"));

    [Theory]
    [InlineData("intl")]
    [InlineData("gm")]
    public void the_verifiers_commitments_are_the_encoders(string suiteName)
    {
        var suite = CryptoSuite.Find(suiteName)!;
        var canonical = CanonicalEvent.Create(suite, Envelope, new Paid("兰州建工", "张三", new Account("6217000012345678", "中国银行")), Context);
        using var json = JsonDocument.Parse(canonical.Bytes);

        var found = Commitments.Find(json.RootElement);

        Assert.Equal(canonical.Disclosures.Select(d => d.Path).Order(StringComparer.Ordinal), found.Select(f => f.Key).Order(StringComparer.Ordinal));
        foreach (var d in canonical.Disclosures)
        {
            Assert.Equal(d.Commitment(suite), Commitments.Compute(suite, d.Salt, d.Value));
        }
        var disclosures = new EventDisclosures(7, [.. canonical.Disclosures.Select(d => new PackageDisclosure(d.Path, d.Value, d.Salt))], []);
        Assert.True(disclosures.Check(suite, json.RootElement).IsValid);
    }

    [Fact]
    public void a_changed_value_an_unaccounted_commitment_and_a_stray_path_are_named()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, new Paid("兰州建工", "张三", null), Context);
        using var json = JsonDocument.Parse(canonical.Bytes);
        var all = canonical.Disclosures.Select(d => new PackageDisclosure(d.Path, d.Value, d.Salt)).ToList();
        var contact = all.Single(d => d.Path == "/data/contact");

        var changed = new EventDisclosures(1, [.. all.Select(d => d == contact ? d with { Value = "\"李四\""u8.ToArray() } : d)], []);
        Assert.StartsWith("disclosed /data/contact: value and salt give commit:", changed.Check(CryptoSuite.Intl, json.RootElement).Failure);

        var missing = new EventDisclosures(1, [.. all.Where(d => d != contact)], []);
        Assert.Equal("the commitment at /data/contact is neither disclosed nor marked erased", missing.Check(CryptoSuite.Intl, json.RootElement).Failure);

        var erased = new EventDisclosures(1, [.. all.Where(d => d != contact)], ["/data/contact"]);
        Assert.True(erased.Check(CryptoSuite.Intl, json.RootElement).IsValid);

        var stray = new EventDisclosures(1, all, ["/data/company"]);
        Assert.Equal("erased /data/company: the event holds no commitment there", stray.Check(CryptoSuite.Intl, json.RootElement).Failure);
    }

    [Fact]
    public void the_disclosures_file_round_trips_with_its_chinese_legible()
    {
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, new Paid("兰州建工", "张三", null), Context);
        var file = new EventDisclosures(3, [.. canonical.Disclosures.Select(d => new PackageDisclosure(d.Path, d.Value, d.Salt))], ["/meta/client/address"]);

        var json = file.ToJson();

        Assert.Contains("\"value\": \"\\\"张三\\\"\"", System.Text.Encoding.UTF8.GetString(json));
        Assert.True(EventDisclosures.TryParse(json, "disclosures/3.json", out var parsed, out var error), error);
        Assert.Equal(file.Erased, parsed.Erased);
        Assert.Equal(file.Disclosed.Select(d => (d.Path, Convert.ToHexString(d.Value), Convert.ToHexString(d.Salt))), parsed.Disclosed.Select(d => (d.Path, Convert.ToHexString(d.Value), Convert.ToHexString(d.Salt))));
    }

    public sealed record Account(string Number, string Bank);

    public sealed record Paid(string Company, [property: Personal] string Contact, [property: Personal] Account? Account);
}
