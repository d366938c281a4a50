using Ledger.Projections.Detectors.Approvals;
using static Ledger.Tests.Projections.Detectors.DetectorData;

namespace Ledger.Tests.Projections.Detectors;

public sealed class approval_limits_speed_order_and_conflicts_are_flagged
{
    private static readonly ApprovalThresholds Defaults = new();
    private static readonly DateTimeOffset Accepted = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private static ApprovalStepRecord Step(int id, int stage, double openedHours, double? concludedHours, string? by = "official-1", string kind = "review") =>
        new($"S-{id}", kind, stage, Id(id), Accepted.AddHours(openedHours), concludedHours is null ? null : Id(id + 100),
            concludedHours is { } h ? Accepted.AddHours(h) : null, concludedHours is null ? null : by);

    private static ApprovalTimeline Case(ApprovalStepRecord[] steps, double? decidedHours, string[]? applicantSide = null) =>
        new("CASE-1", Id(1), Accepted, Accepted.AddDays(20), Accepted.AddDays(10), Id(2), steps,
            decidedHours is { } h ? new ApprovalDecisionRecord(Id(3), Accepted.AddHours(h), "official-9") : null,
            applicantSide ?? ["applicant-1"]);

    [Fact]
    public void a_case_done_in_order_on_time_by_others_raises_nothing()
    {
        var timeline = Case([Step(10, 1, 1, 5), Step(11, 1, 1, 6), Step(12, 2, 7, 30)], 48);

        Assert.Empty(ApprovalDetector.Detect(timeline, Accepted.AddDays(40), Defaults));
    }

    [Fact]
    public void a_decision_past_the_promised_limit_only_is_flagged_as_promised()
    {
        // Decided on day 15: past the 10-day promise, within the 20-day statute; score 1 − 10/(2 · 15).
        var warning = Assert.Single(ApprovalDetector.Detect(Case([], 15 * 24), Accepted.AddDays(40), Defaults));

        Assert.Equal("approval.over-promised-limit", warning.Rule);
        Assert.Equal(1 - (10.0 / 30), warning.Score, 12);
        Assert.Equal([Id(1), Id(2), Id(3)], warning.Events);
    }

    [Fact]
    public void an_undecided_case_past_the_statute_is_flagged_as_statutory_only()
    {
        // Still open on day 25 of 20: score 1 − 20/(2 · 25).
        var warning = Assert.Single(ApprovalDetector.Detect(Case([], null), Accepted.AddDays(25), Defaults));

        Assert.Equal("approval.over-statutory-limit", warning.Rule);
        Assert.Equal(0.6, warning.Score, 12);
        Assert.Contains("still undecided", warning.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void a_step_concluded_in_one_minute_is_too_fast_unless_its_kind_allows_it()
    {
        var timeline = Case([Step(10, 1, 1, 1 + (1.0 / 60), kind: "stamp")], 48);
        var lenient = Defaults with { MinimumDurations = new Dictionary<string, TimeSpan> { ["stamp"] = TimeSpan.FromSeconds(30) } };

        var warning = Assert.Single(ApprovalDetector.Detect(timeline, Accepted.AddDays(40), Defaults));
        Assert.Equal("approval.too-fast", warning.Rule);
        Assert.Equal(1 - (1.0 / 10), warning.Score, 9);
        Assert.Equal([Id(10), Id(110)], warning.Events);
        Assert.Empty(ApprovalDetector.Detect(timeline, Accepted.AddDays(40), lenient));
    }

    [Fact]
    public void a_step_opened_before_its_predecessor_concluded_and_an_early_decision_are_out_of_order()
    {
        var timeline = Case([Step(10, 1, 1, 20), Step(12, 2, 10, 30), Step(13, 3, 31, null)], 40);

        var warnings = ApprovalDetector.Detect(timeline, Accepted.AddDays(40), Defaults);

        Assert.Equal(["CASE-1:S-12", "CASE-1:decision"], warnings.Where(w => w.Rule == "approval.out-of-order").Select(w => w.Subject));
        Assert.Equal([Id(10), Id(12), Id(110)], warnings[0].Events);
    }

    [Fact]
    public void an_applicants_agent_who_also_decides_is_on_both_sides()
    {
        var timeline = Case([Step(10, 1, 1, 5, by: "official-9")], 48, ["applicant-1", "official-9"]);

        var warning = Assert.Single(ApprovalDetector.Detect(timeline, Accepted.AddDays(40), Defaults));

        Assert.Equal("approval.same-official-both-sides", warning.Rule);
        Assert.Equal("CASE-1:official-9", warning.Subject);
        Assert.Equal([Id(1), Id(3), Id(110)], warning.Events);
    }
}
