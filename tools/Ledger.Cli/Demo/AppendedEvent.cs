namespace Ledger.Cli.Demo;

/// <summary>One event the API accepted, as its reply named it: what the receipt must later prove.</summary>
internal sealed record AppendedEvent(Guid EventId, string Stream, long Version, string EventHash, string Promise);
