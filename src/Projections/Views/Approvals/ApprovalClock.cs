namespace Ledger.Projections.Views.Approvals;

/// <summary>
/// A case's clock as of a moment: time run since acceptance (受理) up to the decision or that moment, less suspensions,
/// against the statutory and promised limits, each counted from acceptance to its deadline.
/// </summary>
public sealed record ApprovalClock(
    DateTimeOffset AsOf, TimeSpan Elapsed, TimeSpan Suspended, TimeSpan? StatutoryLimit, TimeSpan? PromisedLimit, Timeliness Timeliness)
{
    /// <summary>
    /// The clock of <paramref name="view"/> as of <paramref name="asOf"/>. Derived when read rather than stored, because a
    /// running case's clock moves without events.
    /// </summary>
    public static ApprovalClock At(ApprovalCaseView view, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Accepted is not { } accepted)
        {
            return new ApprovalClock(asOf, TimeSpan.Zero, TimeSpan.Zero, null, null, Timeliness.NotRunning);
        }
        var end = view.Decision is { } decision && decision.Decided.At < asOf ? decision.Decided.At : asOf;
        var suspended = view.Suspensions.Aggregate(TimeSpan.Zero, (total, s) => total + Overlap(s.Suspended.At, s.Resumed?.At ?? end, accepted.At, end));
        var elapsed = Max(end - accepted.At - suspended, TimeSpan.Zero);
        if (view.Limits is not { } limits)
        {
            return new ApprovalClock(asOf, elapsed, suspended, null, null, Timeliness.NoLimitsSet);
        }
        var (statutory, promised) = (limits.StatutoryDeadline - accepted.At, limits.PromisedDeadline - accepted.At);
        var timeliness = elapsed > statutory ? Timeliness.BeyondStatutoryLimit : elapsed > promised ? Timeliness.BeyondPromise : Timeliness.WithinPromise;
        return new ApprovalClock(asOf, elapsed, suspended, statutory, promised, timeliness);
    }

    private static TimeSpan Overlap(DateTimeOffset from, DateTimeOffset to, DateTimeOffset start, DateTimeOffset end)
    {
        var (a, b) = (from > start ? from : start, to < end ? to : end);
        return Max(b - a, TimeSpan.Zero);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
