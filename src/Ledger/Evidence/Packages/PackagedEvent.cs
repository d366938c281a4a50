namespace Ledger.Evidence.Packages;

/// <summary>
/// An event to package: the store's id, its leaf in the log, its canonical bytes, the personal values still
/// held for it, and its inclusion proof into the block of height <see cref="Block"/>.
/// </summary>
public sealed record PackagedEvent(Guid Id, long Leaf, byte[] Canonical, IReadOnlyList<PackageDisclosure> Disclosures, long Block, IReadOnlyList<byte[]> Proof);
