using Ledger.Bidding.Events;

namespace Ledger.Cli.Simulate;

/// <summary>A bid deposit as the centre will record it; the fields mean what they mean in <see cref="DepositPaid"/>.</summary>
internal sealed record PlannedDeposit(
    DepositMethod Method, decimal Amount, string Reference, string Institution, string? SourceAccount, bool? MatchesRegisteredAccount, DateTimeOffset At);
