namespace Ledger.Evidence.Packages;

/// <summary>
/// A personal value as a package carries it: the JSON Pointer of its commitment in the canonical event, the
/// value's canonical JSON (UTF-8) and the 32-byte salt, which together reproduce the commitment.
/// </summary>
public sealed record PackageDisclosure(string Path, byte[] Value, byte[] Salt);
