using Ledger.Actions;

namespace Ledger.Cli.Simulate;

/// <summary>An 异议 a losing bidder files during the publicity, answered (not upheld) by the tender side before the award.</summary>
internal sealed record PlannedObjection(string ObjectionId, string FiledBy, Actor Filer, DateTimeOffset FiledAt, DateTimeOffset AnsweredAt);
