using Ledger.Evidence.Blocks;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Packages;

/// <summary>
/// A package that verified: its manifest, verification code and newest block, the keyring it was checked
/// against and whether that keyring came from the package itself (then the result is only as good as the
/// court's comparison of those keys with the log's published ones), the keys that signed it, and the names
/// of any other signers (witness cosignatures) on the newest block, which were not checked.
/// </summary>
public sealed record VerifiedPackage(
    PackageManifest Manifest,
    string VerificationCode,
    EvidenceBlock NewestBlock,
    Keyring Keys,
    bool KeysFromPackage,
    IReadOnlyList<VerifierKey> SignedBy,
    IReadOnlyList<string> OtherSigners);
