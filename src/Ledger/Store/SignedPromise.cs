using Ledger.Evidence.Notes;

namespace Ledger.Store;

/// <summary>A promise and its signed note, as handed to the submitter.</summary>
public sealed record SignedPromise(Promise Promise, SignedNote Note);
