using Ledger.Approvals.Events;
using Ledger.Projections.Detectors;
using Ledger.Projections.Detectors.Approvals;

namespace Ledger.Projections.Warnings;

/// <summary>What the approval rules read about one case, from its stream, and the case's warnings.</summary>
public sealed class CaseInputs
{
    /// <summary>The case id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Persons acting for the applicant: the applicant (a natural person's id) and whoever submitted for it.</summary>
    public List<string> ApplicantSide { get; set; } = [];

    public Guid? AcceptedEventId { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? StatutoryDeadline { get; set; }

    public DateTimeOffset? PromisedDeadline { get; set; }

    public Guid? LimitsEventId { get; set; }

    public List<SuspensionPeriod> Suspensions { get; set; } = [];

    /// <summary>
    /// Review steps. The ledger records no prescribed sequence, so stages are read from what happened: a step opened while
    /// another is open runs in parallel with it (并联审批) and shares its stage; one opened when all are concluded starts the next.
    /// </summary>
    public List<ApprovalStepRecord> Steps { get; set; } = [];

    public ApprovalDecisionRecord? Decision { get; set; }

    public List<WarningRecord> Warnings { get; set; } = [];

    /// <summary>Applies one event of the case; false when it changes no input.</summary>
    internal bool Apply(Guid eventId, DateTimeOffset at, object data)
    {
        switch (data)
        {
            case ApplicationSubmitted submitted:
                ApplicantSide = [.. new[] { submitted.Applicant.Id, submitted.By.PersonId }.Distinct(StringComparer.Ordinal)];
                return false;
            case ApplicationAccepted:
                (AcceptedEventId, AcceptedAt) = (eventId, at);
                return true;
            case TimeLimitsSet limits:
                (StatutoryDeadline, PromisedDeadline, LimitsEventId) = (limits.StatutoryDeadline, limits.PromisedDeadline, eventId);
                return true;
            case ApprovalSuspended:
                Suspensions.Add(new SuspensionPeriod(at, null));
                return true;
            case ApprovalResumed:
                var running = Suspensions.FindLastIndex(s => s.To is null);
                if (running >= 0)
                {
                    Suspensions[running] = Suspensions[running] with { To = at };
                }
                return true;
            case ReviewStepOpened opened:
                var stage = Steps.Count == 0 ? 1 : Steps.Max(s => s.Stage) + (Steps.Any(s => s.ConcludedAt is null) ? 0 : 1);
                Steps.Add(new ApprovalStepRecord(opened.StepId, opened.Department, stage, eventId, at, null, null, null));
                return true;
            case ReviewStepConcluded concluded:
                var step = Steps.FindIndex(s => s.StepId == concluded.StepId && s.ConcludedAt is null);
                if (step >= 0)
                {
                    Steps[step] = Steps[step] with { ConcludedEventId = eventId, ConcludedAt = at, ConcludedBy = concluded.By.PersonId };
                }
                return true;
            case DecisionMade decision:
                Decision = new ApprovalDecisionRecord(eventId, at, decision.By.PersonId);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Recomputes the case's warnings as of event <paramref name="eventId"/>, recorded at <paramref name="at"/>. An undecided
    /// case's clock is read at its latest event: the projection runs on events, so a case that overruns in silence is
    /// flagged by its next event (any read of the case view shows its clock as of now).
    /// </summary>
    internal void Detect(DetectorThresholds thresholds, Guid eventId, DateTimeOffset at, ISet<WarningRecord> changed)
    {
        if (AcceptedEventId is not { } accepted || AcceptedAt is not { } acceptedAt)
        {
            return;
        }
        var end = Decision?.At ?? at;
        var suspended = Suspensions.Aggregate(TimeSpan.Zero, (total, s) => total + Overlap(s.From, s.To ?? end, acceptedAt, end));
        var timeline = new ApprovalTimeline(
            Id, accepted, acceptedAt, StatutoryDeadline + suspended, PromisedDeadline + suspended, LimitsEventId, Steps, Decision, ApplicantSide);
        Raising.Reconcile(Warnings, ApprovalDetector.Detect(timeline, at, thresholds.Approvals), _ => true,
            () => new WarningRecord { Family = WarningFamily.Approval, CaseId = Id }, eventId, at, changed);
    }

    private static TimeSpan Overlap(DateTimeOffset from, DateTimeOffset to, DateTimeOffset start, DateTimeOffset end)
    {
        var (a, b) = (from > start ? from : start, to < end ? to : end);
        return b > a ? b - a : TimeSpan.Zero;
    }
}
