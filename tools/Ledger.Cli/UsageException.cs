namespace Ledger.Cli;

/// <summary>Arguments or inputs a command cannot use: reported as one line, exit 2, nothing written.</summary>
public sealed class UsageException(string message) : Exception(message);
