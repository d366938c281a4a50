namespace Ledger.Tests.Bidding;

/// <summary>The fake clock of the sample tender: fixed instants, passed as <c>now</c> to every decision.</summary>
internal static class Clock
{
    public static readonly TimeSpan Microsecond = TimeSpan.FromTicks(TimeSpan.TicksPerMicrosecond);

    public static readonly DateTimeOffset Entry = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Notice = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Bidding = new(2026, 12, 10, 3, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Deadline = new(2026, 12, 20, 1, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Evaluation = Deadline.AddHours(2);
    public static readonly DateTimeOffset Publication = Deadline.AddDays(1);
    public static readonly DateTimeOffset PublicityEnd = Publication.AddDays(3);
    public static readonly DateTimeOffset Contract = PublicityEnd.AddDays(5);
}
