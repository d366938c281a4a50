using Ledger.Store;

namespace Ledger.Privacy;

/// <summary>The recorded order's promise and how many personal values it erased.</summary>
public sealed record ErasureOutcome(SignedPromise Promise, int Erased);
