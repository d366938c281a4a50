using Ledger.Actions;
using Ledger.Approvals.Events;

namespace Ledger.Approvals;

/// <summary>
/// An administrative approval case (行政审批), folded from its stream (<see cref="ApprovalStreams.CaseStream"/>). Besides
/// the stage it keeps who did what, so detectors can see one official both reviewing and deciding, and the clock:
/// time since acceptance without suspensions (时限中止), to compare against the limits. Shaped for a Marten live
/// aggregation: parameterless constructor, an <see cref="Id"/> that Marten sets to the stream key, one Apply per event.
/// </summary>
public sealed class ApprovalCase
{
    private readonly Dictionary<string, ReviewStep> steps = new(StringComparer.Ordinal);

    public string Id { get; set; } = "";

    public string CaseId { get; private set; } = "";

    public ApprovalStage Stage { get; private set; }

    /// <summary>事项编码.</summary>
    public string MatterCode { get; private set; } = "";

    public ApplicantParty? Applicant { get; private set; }

    public Actor? SubmittedBy { get; private set; }

    public Actor? AcceptedBy { get; private set; }

    /// <summary>受理 time: the clock starts here.</summary>
    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>Why the application was not accepted (不予受理); null otherwise.</summary>
    public string? RefusalReason { get; private set; }

    public TimeLimitsSet? TimeLimits { get; private set; }

    /// <summary>Working time the law allows, from acceptance to the statutory deadline; compare with <see cref="ElapsedAt"/>.</summary>
    public TimeSpan? StatutoryLimit => TimeLimits is { } limits && AcceptedAt is { } accepted ? limits.StatutoryDeadline - accepted : null;

    /// <summary>Working time promised, from acceptance to the promised deadline; compare with <see cref="ElapsedAt"/>.</summary>
    public TimeSpan? PromisedLimit => TimeLimits is { } limits && AcceptedAt is { } accepted ? limits.PromisedDeadline - accepted : null;

    public IReadOnlyDictionary<string, ReviewStep> Steps => steps;

    public IEnumerable<ReviewStep> OpenSteps => steps.Values.Where(s => s.IsOpen);

    /// <summary>Start of the suspension in force; null while the clock runs.</summary>
    public DateTimeOffset? SuspendedSince { get; private set; }

    /// <summary>Length of the suspensions that have ended.</summary>
    public TimeSpan SuspendedBefore { get; private set; }

    public int Suspensions { get; private set; }

    public DecisionOutcome? Outcome { get; private set; }

    public string? DecisionReason { get; private set; }

    public Actor? DecidedBy { get; private set; }

    /// <summary>When the decision was made: the clock stops here.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    public LicenceIssued? Licence { get; private set; }

    /// <summary>Folds an approval stream from its first event; for tests and tools outside Marten.</summary>
    /// <exception cref="ArgumentException">An event that does not belong in an approval stream.</exception>
    public static ApprovalCase Replay(IEnumerable<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var approval = new ApprovalCase();
        foreach (var e in events)
        {
            switch (e)
            {
                case ApplicationSubmitted x: approval.Apply(x); break;
                case ApplicationAccepted x: approval.Apply(x); break;
                case ApplicationRefusedForAcceptance x: approval.Apply(x); break;
                case TimeLimitsSet x: approval.Apply(x); break;
                case ReviewStepOpened x: approval.Apply(x); break;
                case ReviewStepConcluded x: approval.Apply(x); break;
                case ApprovalSuspended x: approval.Apply(x); break;
                case ApprovalResumed x: approval.Apply(x); break;
                case DecisionMade x: approval.Apply(x); break;
                case LicenceIssued x: approval.Apply(x); break;
                default: throw new ArgumentException($"{e.GetType().Name} does not belong in an approval stream", nameof(events));
            }
        }
        return approval;
    }

    /// <summary>
    /// Time the clock has run by <paramref name="asOf"/>: from acceptance to <paramref name="asOf"/> or the decision,
    /// whichever is earlier, less every suspension. Zero before acceptance. <paramref name="asOf"/> MUST NOT be
    /// earlier than the case's latest event: the state keeps no history to look back into.
    /// </summary>
    public TimeSpan ElapsedAt(DateTimeOffset asOf)
    {
        if (AcceptedAt is not { } accepted)
        {
            return TimeSpan.Zero;
        }
        var end = DecidedAt is { } decided && decided < asOf ? decided : asOf;
        var elapsed = end - accepted - SuspendedAt(end);
        return elapsed > TimeSpan.Zero ? elapsed : TimeSpan.Zero;
    }

    /// <summary>Time the clock has stood still by <paramref name="asOf"/>, counting a suspension still in force; same precondition as <see cref="ElapsedAt"/>.</summary>
    public TimeSpan SuspendedAt(DateTimeOffset asOf) =>
        SuspendedBefore + (SuspendedSince is { } since && asOf > since ? asOf - since : TimeSpan.Zero);

    public void Apply(ApplicationSubmitted e)
    {
        CaseId = e.CaseId;
        Stage = ApprovalStage.Submitted;
        MatterCode = e.MatterCode;
        Applicant = e.Applicant;
        SubmittedBy = e.By;
    }

    public void Apply(ApplicationAccepted e)
    {
        Stage = ApprovalStage.Accepted;
        AcceptedBy = e.By;
        AcceptedAt = e.At;
    }

    public void Apply(ApplicationRefusedForAcceptance e)
    {
        Stage = ApprovalStage.NotAccepted;
        RefusalReason = e.Reason;
    }

    public void Apply(TimeLimitsSet e) => TimeLimits = e;

    public void Apply(ReviewStepOpened e) => steps[e.StepId] = new ReviewStep(e.StepId, e.Department, e.By, e.At, null, null, null, null);

    public void Apply(ReviewStepConcluded e) =>
        steps[e.StepId] = steps[e.StepId] with { ConcludedBy = e.By, ConcludedAt = e.At, Opinion = e.Opinion, Remarks = e.Remarks };

    public void Apply(ApprovalSuspended e)
    {
        SuspendedSince = e.At;
        Suspensions++;
    }

    public void Apply(ApprovalResumed e)
    {
        SuspendedBefore += e.At - SuspendedSince!.Value;
        SuspendedSince = null;
    }

    public void Apply(DecisionMade e)
    {
        Stage = ApprovalStage.Decided;
        Outcome = e.Outcome;
        DecisionReason = e.Reason;
        DecidedBy = e.By;
        DecidedAt = e.At;
    }

    public void Apply(LicenceIssued e) => Licence = e;
}
