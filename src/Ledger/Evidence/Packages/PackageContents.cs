using Ledger.Evidence.Keys;

namespace Ledger.Evidence.Packages;

/// <summary>
/// Everything a package is made of, gathered by its caller (the store, or a test's in-memory log): the events
/// with their proofs, the signed blocks they prove into and the newest block (signed notes as stored), the
/// consistency proof from each of those blocks' heights to the newest, and the log's keyring.
/// </summary>
public sealed record PackageContents(
    PackageHeader Header,
    IReadOnlyList<PackagedEvent> Events,
    IReadOnlyList<string> Blocks,
    IReadOnlyDictionary<long, IReadOnlyList<byte[]>> Consistency,
    Keyring Keys);
