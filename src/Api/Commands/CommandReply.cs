namespace Ledger.Api.Commands;

/// <summary>The answer to an accepted command: each appended event with its signed promise.</summary>
public sealed record CommandReply(IReadOnlyList<AppendedEvent> Events);

/// <summary>One appended event: where it is, its hash, and the promise text to keep until the receipt is ready.</summary>
public sealed record AppendedEvent(Guid EventId, string Stream, long Version, string EventHash, string Promise);
