namespace Ledger.Cli.Bench.Load;

/// <summary>The load test cannot go on: reported as one line.</summary>
internal sealed class LoadStoppedException(string message, int exitCode) : Exception(message)
{
    /// <summary>1 when the ledger misbehaved, 2 when the API cannot be used at all.</summary>
    public int ExitCode { get; } = exitCode;
}
