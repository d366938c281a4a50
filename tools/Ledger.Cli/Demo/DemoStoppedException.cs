namespace Ledger.Cli.Demo;

/// <summary>The demo cannot go on: the API answered something the story does not allow. Reported as one line.</summary>
internal sealed class DemoStoppedException(string message, int exitCode) : Exception(message)
{
    /// <summary>1 when the ledger misbehaved, 2 when the API cannot be used at all.</summary>
    public int ExitCode { get; } = exitCode;
}
