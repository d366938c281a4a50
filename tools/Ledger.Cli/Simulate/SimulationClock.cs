namespace Ledger.Cli.Simulate;

/// <summary>
/// The ledger's clock in a simulation. Every story (a tender, a property, an approval case) runs on its own simulated
/// timeline, concurrently with the others, so the time belongs to the asynchronous flow: a command's events carry the
/// time its story set for it, and a year of tenders runs in minutes. Outside any story (the sealer) it is the real
/// time, so blocks say when they were really sealed.
/// </summary>
internal sealed class SimulationClock : TimeProvider
{
    private readonly AsyncLocal<DateTimeOffset?> now = new();

    /// <summary>Sets the time of the calling flow, and of what it calls from here on.</summary>
    public void Set(DateTimeOffset at) => now.Value = at;

    public override DateTimeOffset GetUtcNow() => now.Value ?? TimeProvider.System.GetUtcNow();
}
