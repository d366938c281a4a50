using Ledger.Projections.Detectors.Collusion;
using static Ledger.Tests.Projections.Detectors.DetectorData;

namespace Ledger.Tests.Projections.Detectors;

public sealed class shared_feature_codes_flag_the_bidders_that_share_them
{
    private static readonly IdentifierWeights Defaults = new();

    private static BidderIdentifier Code(int eventId, string bidder, IdentifierKind kind, string value) => new(Id(eventId), bidder, kind, value);

    [Fact]
    public void two_bids_made_on_one_machine_are_one_warning_naming_both_codes()
    {
        BidderIdentifier[] identifiers =
        [
            Code(1, "B-1", IdentifierKind.MacAddress, "00:1A:2B:3C:4D:5E"),
            Code(1, "B-1", IdentifierKind.DiskSerial, "S3Z9NB0K123456"),
            Code(2, "B-2", IdentifierKind.MacAddress, "001a2b3c4d5e"),
            Code(2, "B-2", IdentifierKind.DiskSerial, " s3z9nb0k123456 "),
            Code(3, "B-3", IdentifierKind.MacAddress, "00-1A-2B-3C-4D-5F"),
            Code(3, "B-3", IdentifierKind.DiskSerial, "WD-WX11A1234567"),
        ];

        var warning = Assert.Single(SharedIdentifierDetector.Detect("T-1", identifiers, Defaults));

        Assert.Equal("collusion.shared-feature-code", warning.Rule);
        Assert.Equal("T-1:B-1+B-2", warning.Subject);
        // Two independent signals: 1 − (1 − 0.8)(1 − 0.9).
        Assert.Equal(1 - (0.2 * 0.1), warning.Score, 12);
        Assert.Equal([Id(1), Id(2)], warning.Events);
        Assert.Contains("MAC address 001A2B3C4D5E", warning.Explanation, StringComparison.Ordinal);
        Assert.Contains("Art. 40 (1)", warning.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void placeholders_and_blanks_match_nothing()
    {
        BidderIdentifier[] identifiers =
        [
            Code(1, "B-1", IdentifierKind.DiskSerial, "To be filled by O.E.M."),
            Code(2, "B-2", IdentifierKind.DiskSerial, "TO BE FILLED BY O.E.M."),
            Code(1, "B-1", IdentifierKind.MacAddress, "00:00:00:00:00:00"),
            Code(2, "B-2", IdentifierKind.MacAddress, "000000000000"),
            Code(1, "B-1", IdentifierKind.IpAddress, " "),
            Code(2, "B-2", IdentifierKind.IpAddress, ""),
        ];

        Assert.Empty(SharedIdentifierDetector.Detect("T-1", identifiers, Defaults));
    }

    [Fact]
    public void bidders_with_their_own_machines_raise_nothing()
    {
        BidderIdentifier[] identifiers =
        [
            Code(1, "B-1", IdentifierKind.CpuId, "BFEBFBFF000906EA"),
            Code(2, "B-2", IdentifierKind.CpuId, "BFEBFBFF000A0655"),
            Code(1, "B-1", IdentifierKind.IpAddress, "61.178.1.10"),
            Code(2, "B-2", IdentifierKind.IpAddress, "61.178.1.11"),
        ];

        Assert.Empty(SharedIdentifierDetector.Detect("T-1", identifiers, Defaults));
    }

    [Fact]
    public void each_deemed_collusion_kind_has_its_own_rule_and_keeps_personal_values_out_of_the_text()
    {
        BidderIdentifier[] identifiers =
        [
            Code(11, "B-1", IdentifierKind.DepositAccount, "6228480402564890018"),
            Code(13, "B-3", IdentifierKind.DepositAccount, "6228480402564890018"),
            Code(1, "B-1", IdentifierKind.ProjectManager, "张伟 620102198001011234"),
            Code(2, "B-2", IdentifierKind.ProjectManager, "张伟 620102198001011234"),
            Code(2, "B-2", IdentifierKind.DocumentHash, "9f86d081884c7d65"),
            Code(3, "B-3", IdentifierKind.DocumentHash, "9f86d081884c7d65"),
        ];

        var warnings = SharedIdentifierDetector.Detect("T-1", identifiers, Defaults);

        Assert.Equal(
            [("collusion.identical-document", "T-1:B-2+B-3", 1.0), ("collusion.same-deposit-account", "T-1:B-1+B-3", 0.95), ("collusion.same-project-manager", "T-1:B-1+B-2", 0.95)],
            warnings.Select(w => (w.Rule, w.Subject, w.Score)));
        Assert.DoesNotContain(warnings, w => w.Explanation.Contains("6228", StringComparison.Ordinal) || w.Explanation.Contains("张伟", StringComparison.Ordinal));
        Assert.Equal([Id(11), Id(13)], warnings[1].Events);
    }

    [Fact]
    public void three_bidders_on_one_machine_make_three_pairs()
    {
        BidderIdentifier[] identifiers =
        [
            Code(3, "B-3", IdentifierKind.MacAddress, "00-1A-2B-3C-4D-5E"),
            Code(1, "B-1", IdentifierKind.MacAddress, "00:1a:2b:3c:4d:5e"),
            Code(2, "B-2", IdentifierKind.MacAddress, "001A2B3C4D5E"),
        ];

        var warnings = SharedIdentifierDetector.Detect("T-1", identifiers, Defaults);

        Assert.Equal(["T-1:B-1+B-2", "T-1:B-1+B-3", "T-1:B-2+B-3"], warnings.Select(w => w.Subject));
        Assert.All(warnings, w => Assert.Equal(Defaults.MacAddress, w.Score));
    }

    [Fact]
    public void a_cpu_id_or_an_ip_alone_raises_nothing_but_the_two_together_do()
    {
        BidderIdentifier[] cpu = [Code(1, "B-1", IdentifierKind.CpuId, "BFEBFBFF000906EA"), Code(2, "B-2", IdentifierKind.CpuId, "BFEBFBFF000906EA")];
        BidderIdentifier[] ip = [Code(1, "B-1", IdentifierKind.IpAddress, "61.178.1.10"), Code(2, "B-2", IdentifierKind.IpAddress, "61.178.1.10")];

        Assert.Empty(SharedIdentifierDetector.Detect("T-1", cpu, Defaults));
        Assert.Empty(SharedIdentifierDetector.Detect("T-1", ip, Defaults));
        var both = Assert.Single(SharedIdentifierDetector.Detect("T-1", [.. cpu, .. ip], Defaults));
        Assert.Equal(1 - (1 - Defaults.CpuId) * (1 - Defaults.IpAddress), both.Score, 9);
    }

    [Fact]
    public void the_centres_own_terminal_ip_can_be_ignored_by_configuration()
    {
        BidderIdentifier[] identifiers =
        [
            Code(1, "B-1", IdentifierKind.IpAddress, "10.0.0.5"),
            Code(2, "B-2", IdentifierKind.IpAddress, "10.0.0.5"),
            Code(1, "B-1", IdentifierKind.CpuId, "BFEBFBFF000906EA"),
            Code(2, "B-2", IdentifierKind.CpuId, "BFEBFBFF000906EA"),
        ];

        var weights = Defaults with { IgnoredValues = [.. Defaults.IgnoredValues, "10.0.0.5"] };

        Assert.Single(SharedIdentifierDetector.Detect("T-1", identifiers, Defaults));
        Assert.Empty(SharedIdentifierDetector.Detect("T-1", identifiers, weights));
    }
}
