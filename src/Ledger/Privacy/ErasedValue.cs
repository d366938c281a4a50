namespace Ledger.Privacy;

/// <summary>One personal value an order erased: the event that committed it and the JSON Pointer of the commitment.</summary>
public sealed record ErasedValue(Guid EventId, string Path);
