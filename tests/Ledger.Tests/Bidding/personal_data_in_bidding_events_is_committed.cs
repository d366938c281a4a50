using System.Text;
using System.Text.Json;
using Ledger.Bidding.Events;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;

namespace Ledger.Tests.Bidding;

public sealed class personal_data_in_bidding_events_is_committed
{
    private static readonly DateTimeOffset Time = new(2026, 12, 10, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void a_deposits_source_account_is_only_a_commitment_in_the_event()
    {
        var paid = new DepositPaid("T-1", "B-1", DepositMethod.VirtualSubAccount, 20_000.00m, "VA-7731", "中国银行兰州分行", "6217000012345678", true);

        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, new EventEnvelope("DepositPaid", "bid/T-1/B-1", 1, Time, null), paid);
        var json = Encoding.UTF8.GetString(canonical.Bytes);

        Assert.DoesNotContain("6217000012345678", json, StringComparison.Ordinal);
        Assert.Contains("\"sourceAccount\":\"commit:", json, StringComparison.Ordinal);
        Assert.Equal("/data/sourceAccount", Assert.Single(canonical.Disclosures).Path);
        Assert.Equal("\"6217000012345678\""u8.ToArray(), canonical.Disclosures[0].Value);
        Assert.Contains("\"amount\":\"20000\"", json, StringComparison.Ordinal);
        Assert.Contains("\"method\":\"VirtualSubAccount\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void a_guarantee_has_no_source_account_to_commit()
    {
        var paid = new DepositPaid("T-1", "B-1", DepositMethod.ElectronicGuarantee, 20_000m, "BH-2026-001", "甘肃省融资担保集团", null, null);

        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, new EventEnvelope("DepositPaid", "bid/T-1/B-1", 1, Time, null), paid);

        Assert.Empty(canonical.Disclosures);
    }

    [Fact]
    public void a_sealed_bid_holds_no_price_and_keeps_its_feature_codes_comparable()
    {
        var commitment = Ledger.Bidding.PriceCommitment.Compute("T-1", "B-1", 987_654.32m, Ledger.Bidding.PriceCommitment.NewNonce());
        var submitted = new BidSubmitted("T-1", "B-1", TenderScenario.Sha256("file"), 1024, "c2ln", "CA-1", TenderScenario.Features, commitment);

        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, new EventEnvelope("BidSubmitted", "bid/T-1/B-1", 2, Time, new byte[32]), submitted);
        var json = Encoding.UTF8.GetString(canonical.Bytes);

        Assert.DoesNotContain("987654", json, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(BidSubmitted).GetProperties(), p => p.Name.Contains("Price", StringComparison.Ordinal) && p.Name != "PriceCommitment");
        Assert.Empty(canonical.Disclosures);
        using var document = JsonDocument.Parse(canonical.Bytes);
        Assert.Equal("BFEBFBFF000906EA", document.RootElement.GetProperty("data").GetProperty("features").GetProperty("cpuId").GetString());
    }
}
