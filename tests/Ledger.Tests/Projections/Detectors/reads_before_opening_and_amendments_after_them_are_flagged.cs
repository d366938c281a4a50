using Ledger.Projections.Detectors.Reads;
using static Ledger.Tests.Projections.Detectors.DetectorData;

namespace Ledger.Tests.Projections.Detectors;

public sealed class reads_before_opening_and_amendments_after_them_are_flagged
{
    private static readonly ReadThresholds Defaults = new();
    private static readonly DateTimeOffset Opening = new(2026, 3, 20, 9, 30, 0, TimeSpan.Zero);
    private static readonly TenderTimes Times = new("T-1", Opening, Opening.AddDays(5));

    private static ReadRecord Read(int id, string org, ReaderRole role, ReadTarget what, string? bidder, double hoursBeforeOpening) =>
        new(Id(id), org, role, what, bidder, Opening.AddHours(-hoursBeforeOpening));

    [Fact]
    public void the_tenderer_reading_a_sealed_bid_before_opening_is_flagged_in_full()
    {
        var warning = Assert.Single(ReadDetector.Detect(Times, [Read(1, "org-tenderer", ReaderRole.Tenderer, ReadTarget.SealedBid, "B-2", 30)], [], Defaults));

        Assert.Equal("reads.sealed-bid-before-opening", warning.Rule);
        Assert.Equal("T-1:org-tenderer", warning.Subject);
        Assert.Equal(1, warning.Score);
        Assert.Equal([Id(1)], warning.Events);
    }

    [Fact]
    public void while_the_tender_is_not_opened_every_read_of_a_rivals_bid_is_early_and_a_refused_attempt_counts()
    {
        var notOpened = new TenderTimes("T-1", null, null);
        ReadRecord[] reads =
        [
            Read(1, "org-tenderer", ReaderRole.Tenderer, ReadTarget.SealedBid, null, -30) with { Denied = true },
            Read(2, "B-1", ReaderRole.Bidder, ReadTarget.SealedBid, "B-1", -31),
        ];

        var warning = Assert.Single(ReadDetector.Detect(notOpened, reads, [], Defaults));

        Assert.Equal(("reads.sealed-bid-before-opening", "T-1:org-tenderer"), (warning.Rule, warning.Subject));
        Assert.Equal([Id(1)], warning.Events);
        Assert.Contains("every bidder", warning.Explanation);
        Assert.Contains("1 refused by the ledger", warning.Explanation);
        Assert.Contains("has not happened yet", warning.Explanation);
    }

    [Fact]
    public void lawful_reads_raise_nothing()
    {
        ReadRecord[] reads =
        [
            Read(1, "B-1", ReaderRole.Bidder, ReadTarget.SealedBid, "B-1", 30),
            Read(2, "org-tenderer", ReaderRole.Tenderer, ReadTarget.SealedBid, "B-2", -1),
            Read(3, "centre-001", ReaderRole.CentreOperator, ReadTarget.ExpertPanel, null, 2),
            Read(4, "org-tenderer", ReaderRole.Tenderer, ReadTarget.ExpertPanel, null, -24 * 6),
            Read(5, "org-tenderer", ReaderRole.Tenderer, ReadTarget.Other, null, 30),
        ];

        Assert.Empty(ReadDetector.Detect(Times, reads, [new BidAmendment(Id(9), "B-1", Opening.AddHours(-29))], Defaults));
    }

    [Fact]
    public void an_operator_reading_early_scores_as_a_non_party()
    {
        var warning = Assert.Single(ReadDetector.Detect(Times, [Read(1, "centre-001", ReaderRole.CentreOperator, ReadTarget.SealedBid, "B-1", 3)], [], Defaults));

        Assert.Equal(Defaults.NonPartyReadScore, warning.Score);
    }

    [Fact]
    public void the_panel_read_by_the_tenderers_agent_before_the_result_is_flagged()
    {
        var unsettled = Times with { ResultSettled = null };
        var read = Read(1, "agent-7", ReaderRole.TenderAgent, ReadTarget.ExpertPanel, null, -2);

        Assert.Equal("reads.panel-before-result", Assert.Single(ReadDetector.Detect(Times, [read], [], Defaults)).Rule);
        Assert.Single(ReadDetector.Detect(unsettled, [read], [], Defaults));
    }

    [Fact]
    public void an_amendment_six_hours_after_an_unlawful_read_is_flagged_and_one_after_the_window_is_not()
    {
        ReadRecord[] reads = [Read(1, "org-tenderer", ReaderRole.Tenderer, ReadTarget.SealedBid, "B-2", 48)];
        BidAmendment[] amendments =
        [
            new(Id(7), "B-2", Opening.AddHours(-42)),
            new(Id(8), "B-3", Opening.AddHours(-23)),
        ];

        var warning = Assert.Single(ReadDetector.Detect(Times, reads, amendments, Defaults), w => w.Rule == "reads.amend-after-read");

        // 6 of 24 hours: score 1 − 6/(2 · 24).
        Assert.Equal("T-1:B-2", warning.Subject);
        Assert.Equal(1 - (6.0 / 48), warning.Score, 12);
        Assert.Equal([Id(1), Id(7)], warning.Events);
    }
}
