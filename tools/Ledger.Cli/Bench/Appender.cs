namespace Ledger.Cli.Bench;

/// <summary>One way of appending one event at <paramref name="expectedVersion"/> + 1 of a stream, as a benchmark subject.</summary>
internal delegate Task Appender(string stream, long expectedVersion, BidDepositReceived @event, CancellationToken ct);
