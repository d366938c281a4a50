namespace Ledger.Cli.Simulate;

/// <summary>A bid first submitted with another price and file, amended to the planned ones at <paramref name="At"/>.</summary>
internal sealed record PlannedAmendment(DateTimeOffset At, decimal FirstPrice, string FirstFileHash, string FirstNonce);
