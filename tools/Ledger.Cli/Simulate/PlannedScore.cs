namespace Ledger.Cli.Simulate;

/// <summary>One expert's score for one bidder, the minutes it took, and when it is recorded.</summary>
internal sealed record PlannedScore(string ExpertId, string BidderId, decimal Score, int Minutes)
{
    public DateTimeOffset At { get; init; }
}
