namespace Ledger.Evidence.Packages;

/// <summary>The kinds of file in an evidence package, in the order the zip holds them.</summary>
public enum PackageFileKind
{
    Manifest,
    Signature,
    Certificate,
    Keys,
    Block,
    Consistency,
    Event,
    Disclosures,
    Proof,
}
