namespace Ledger.Cli.Simulate;

/// <summary>Everything the run will record, and the cases planted in it.</summary>
internal sealed record MarketPlan(
    Market Market, IReadOnlyList<TenderPlan> Tenders, IReadOnlyList<PropertyPlan> Properties, IReadOnlyList<ApprovalPlan> Cases, IReadOnlyList<PlannedCase> Planted)
{
    /// <summary>Kinds the detectors know that the simulator does not plant, and why.</summary>
    public static readonly IReadOnlyList<SkippedKind> Skipped =
    [
        new("approval.out-of-order", "not among the kinds the simulator was asked to plant; steps run in parallel (并联审批)"),
        new("address.unconfirmed-registration", "the rules refuse a registration without the owner's confirmation in force, so it cannot be recorded"),
    ];
}
