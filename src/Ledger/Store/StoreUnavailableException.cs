namespace Ledger.Store;

/// <summary>
/// The ledger's database could not be reached or went away mid-command (restart, failover, network).
/// Nothing was acknowledged: the caller may retry. If the append did commit before the connection broke,
/// the retry meets a <see cref="StreamConflictException"/> and re-reads the stream, so nothing is doubled.
/// </summary>
public sealed class StoreUnavailableException(Exception inner)
    : Exception($"the ledger's database is unavailable ({inner.Message}); nothing was acknowledged, retry", inner);
