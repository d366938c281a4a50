namespace Ledger.Cli.Simulate;

/// <summary>The rules refused a command the simulator planned: a bug in the simulator (or in the rules), never a planted case.</summary>
public sealed class SimulationRefusedException(string command, string stream, DateTimeOffset at, string reason)
    : Exception($"the rules refused {command} on {stream} at {at:O}: {reason}")
{
    public string Command { get; } = command;

    public string Reason { get; } = reason;
}
