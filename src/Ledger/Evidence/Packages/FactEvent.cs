namespace Ledger.Evidence.Packages;

/// <summary>One event as a certificate lists it: its leaf in the log, stream, type and ledger time.</summary>
public sealed record FactEvent(long Leaf, string Stream, string Type, DateTimeOffset Time);
