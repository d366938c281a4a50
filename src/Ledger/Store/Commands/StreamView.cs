namespace Ledger.Store.Commands;

/// <summary>A stream's events as the store keeps them, and its version (0 when the stream does not exist).</summary>
public sealed record StreamView(string Stream, long Version, IReadOnlyList<object> Events);
