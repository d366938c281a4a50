namespace Ledger.Store.Verification;

/// <summary>The store cannot be verified at all (unreachable, tables missing, none of its blocks under the given keys): nothing was judged.</summary>
public sealed class StoreUnusableException(string message, Exception? inner = null) : Exception(message, inner);
