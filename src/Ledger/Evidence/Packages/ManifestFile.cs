namespace Ledger.Evidence.Packages;

/// <summary>A file the manifest vouches for, with its hash in the package's suite (SHA-256 or SM3).</summary>
public sealed record ManifestFile(string Name, byte[] Hash);
