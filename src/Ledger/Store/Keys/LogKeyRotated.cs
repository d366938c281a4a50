namespace Ledger.Store.Keys;

/// <summary>
/// The log handed one of its signing keys over to a successor: <paramref name="Note"/> is the
/// <see cref="Ledger.Evidence.Keys.KeyRotation"/> note, signed by the outgoing and the incoming key. Appended to
/// <see cref="LogKeys.Stream"/> and sealed like any event, so the key history has receipts too.
/// </summary>
public sealed record LogKeyRotated(string Note);
