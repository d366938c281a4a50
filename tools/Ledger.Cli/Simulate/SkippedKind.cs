namespace Ledger.Cli.Simulate;

/// <summary>A kind of misconduct the simulator does not plant, and why.</summary>
public sealed record SkippedKind(string Kind, string Reason);
