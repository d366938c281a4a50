namespace Ledger.Projections.Detectors.Approvals;

/// <summary>
/// Administrative approvals (行政审批): time limits exceeded (counted in performance reviews), steps done faster
/// than plausible, steps out of their prescribed order, and an official deciding a case for his own side.
/// </summary>
public static class ApprovalDetector
{
    /// <summary>Score: <c>1 − allowed / (2·used)</c>, times from acceptance; 0.5 at the deadline.</summary>
    public static readonly DetectorRule OverStatutoryLimit = new("approval.over-statutory-limit", "超法定时限");

    /// <summary>Raised only when the statutory limit is kept. Score as for the statutory limit.</summary>
    public static readonly DetectorRule OverPromisedLimit = new("approval.over-promised-limit", "超承诺时限");

    /// <summary>One warning per step. Score: <c>1 − duration / (2·minimum)</c>.</summary>
    public static readonly DetectorRule TooFast = new("approval.too-fast", "审批用时异常短");

    /// <summary>One warning per step opened, or decision made, before an earlier step concluded. Score: 1.</summary>
    public static readonly DetectorRule OutOfOrder = new("approval.out-of-order", "审批环节顺序异常");

    /// <summary>One warning per person acting for the applicant who also concluded a step or decided. Score: 1.</summary>
    public static readonly DetectorRule SameOfficialBothSides = new("approval.same-official-both-sides", "审批人员与申请方为同一人");

    /// <summary>The warnings of one case as of <paramref name="asOf"/> (which ends an undecided case's clock), in
    /// <see cref="WarningOrder"/>.</summary>
    public static IReadOnlyList<Warning> Detect(ApprovalTimeline timeline, DateTimeOffset asOf, ApprovalThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(thresholds);
        var warnings = new List<Warning>();
        var id = timeline.CaseId;
        var end = timeline.Decision?.At ?? asOf;
        Guid[] limitEvents = [timeline.AcceptedEventId, .. Optional(timeline.LimitsEventId), .. Optional(timeline.Decision?.EventId)];
        if (Late(timeline, timeline.StatutoryDeadline, end) is { } statutory)
        {
            warnings.Add(OverStatutoryLimit.Warn(id, statutory.Score, Say(timeline, "statutory", timeline.StatutoryDeadline!.Value, end, statutory.Late), limitEvents));
        }
        else if (Late(timeline, timeline.PromisedDeadline, end) is { } promised)
        {
            warnings.Add(OverPromisedLimit.Warn(id, promised.Score, Say(timeline, "promised", timeline.PromisedDeadline!.Value, end, promised.Late), limitEvents));
        }
        foreach (var step in timeline.Steps.Where(s => s.ConcludedAt is not null))
        {
            var minimum = thresholds.MinimumDurations.TryGetValue(step.Kind, out var m) ? m : thresholds.MinimumDuration;
            var took = step.ConcludedAt!.Value - step.OpenedAt;
            if (took < minimum)
            {
                warnings.Add(TooFast.Warn($"{id}:{step.StepId}", Severity.Below(took.TotalSeconds, minimum.TotalSeconds),
                    Text.Say($"Step {step.StepId} ({step.Kind}) of case {id} was concluded {took.TotalMinutes:0.#} minutes after it opened, under the plausible minimum of {minimum.TotalMinutes:0.#}."),
                    [step.OpenedEventId, .. Optional(step.ConcludedEventId)]));
            }
        }
        foreach (var step in timeline.Steps)
        {
            var pending = timeline.Steps.Where(p => p.Stage < step.Stage && (p.ConcludedAt is not { } c || c > step.OpenedAt)).ToArray();
            if (pending.Length > 0)
            {
                warnings.Add(OutOfOrder.Warn($"{id}:{step.StepId}", 1,
                    Text.Say($"Step {step.StepId} (stage {step.Stage}) of case {id} opened at {step.OpenedAt:u}, before earlier-stage step(s) {Text.List(pending.Select(p => p.StepId))} concluded."),
                    [step.OpenedEventId, .. pending.SelectMany(p => Optional(p.ConcludedEventId).Prepend(p.OpenedEventId))]));
            }
        }
        if (timeline.Decision is { } decision
            && timeline.Steps.Where(p => p.ConcludedAt is not { } c || c > decision.At).ToArray() is { Length: > 0 } open)
        {
            warnings.Add(OutOfOrder.Warn($"{id}:decision", 1,
                Text.Say($"Case {id} was decided at {decision.At:u}, before step(s) {Text.List(open.Select(p => p.StepId))} concluded."),
                [decision.EventId, .. open.SelectMany(p => Optional(p.ConcludedEventId).Prepend(p.OpenedEventId))]));
        }
        var acts = timeline.Steps.Where(s => s.ConcludedBy is not null).Select(s => (Person: s.ConcludedBy!, What: $"concluded step {s.StepId}", Event: s.ConcludedEventId ?? s.OpenedEventId))
            .Concat(timeline.Decision is { } d ? [(Person: d.OfficialId, What: "made the decision", Event: d.EventId)] : []);
        foreach (var person in acts.Where(a => timeline.ApplicantSide.Contains(a.Person, StringComparer.Ordinal)).GroupBy(a => a.Person, StringComparer.Ordinal))
        {
            warnings.Add(SameOfficialBothSides.Warn($"{id}:{person.Key}", 1,
                Text.Say($"{person.Key} acts for the applicant in case {id} and also {Text.List(person.Select(a => a.What))}."),
                [timeline.AcceptedEventId, .. person.Select(a => a.Event)]));
        }
        return WarningOrder.Sort(warnings);
    }

    private static (double Score, TimeSpan Late)? Late(ApprovalTimeline timeline, DateTimeOffset? deadline, DateTimeOffset end)
    {
        if (deadline is not { } limit || end <= limit)
        {
            return null;
        }
        var allowed = (limit - timeline.AcceptedAt).TotalSeconds;
        return (Severity.Above((end - timeline.AcceptedAt).TotalSeconds, Math.Max(allowed, 0)), end - limit);
    }

    private static string Say(ApprovalTimeline timeline, string limit, DateTimeOffset deadline, DateTimeOffset end, TimeSpan late) =>
        Text.Say($"Case {timeline.CaseId} {(timeline.Decision is null ? "is still undecided" : "was decided")} {late.TotalDays:0.#} days past its {limit} deadline of {deadline:u} (as of {end:u}).");

    private static IEnumerable<Guid> Optional(Guid? id) => id is { } value ? [value] : [];
}
