namespace Ledger.Evidence.Merkle;

/// <summary>
/// A perfect subtree of the log: level 0 are leaves; node (level, index) covers leaves
/// [index·2^level, (index+1)·2^level). Only perfect subtrees are ever stored; the hash of any other
/// range is folded from them, which is what lets a stored node never change once written.
/// </summary>
public readonly record struct NodeId(int Level, long Index)
{
    public long FirstLeaf => Index << Level;

    public long LeafCount => 1L << Level;

    public override string ToString() => $"{Level}/{Index}";
}
