namespace Ledger.Projections.Views.Approvals;

/// <summary>Where a case's clock stands against its limits (for a running case: so far).</summary>
public enum Timeliness
{
    /// <summary>Not accepted (受理): no clock runs.</summary>
    NotRunning,

    /// <summary>Accepted, but no time limits were set.</summary>
    NoLimitsSet,

    WithinPromise,

    /// <summary>Past the promised limit (承诺时限), within the statutory one.</summary>
    BeyondPromise,

    /// <summary>Past the statutory limit (法定时限).</summary>
    BeyondStatutoryLimit,
}
