namespace Ledger.Evidence.Packages;

/// <summary>One file of a package's zip: its name inside the zip and its bytes, stored as they are.</summary>
public sealed record ZipEntry(string Name, byte[] Content);
