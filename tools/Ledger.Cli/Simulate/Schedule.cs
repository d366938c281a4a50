namespace Ledger.Cli.Simulate;

/// <summary>A story's commands, each at its simulated time, run one after another in time order (ties in the order added).</summary>
internal sealed class Schedule
{
    private readonly List<(DateTimeOffset At, int Order, Func<DateTimeOffset, Task> Act)> steps = [];

    public void At(DateTimeOffset at, Func<DateTimeOffset, Task> act) => steps.Add((at, steps.Count, act));

    public async Task RunAsync()
    {
        foreach (var (at, _, act) in steps.OrderBy(s => s.At).ThenBy(s => s.Order))
        {
            await act(at);
        }
    }
}
