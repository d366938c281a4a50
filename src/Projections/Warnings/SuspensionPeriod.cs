namespace Ledger.Projections.Warnings;

/// <summary>A period the case's clock stood still (时限中止); <paramref name="To"/> is null while it lasts.</summary>
public sealed record SuspensionPeriod(DateTimeOffset From, DateTimeOffset? To);
