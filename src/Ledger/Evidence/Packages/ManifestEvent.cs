namespace Ledger.Evidence.Packages;

/// <summary>
/// One event in the manifest: its leaf in the log, the store's event id (the one receipts and the API name),
/// its stream, version, type and time as the canonical event states them, and the block its proof goes to.
/// </summary>
public sealed record ManifestEvent(long Leaf, Guid Id, string Stream, long Version, string Type, string Time, long Block);
