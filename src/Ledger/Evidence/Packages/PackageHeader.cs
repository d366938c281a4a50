using Ledger.Evidence.Crypto;

namespace Ledger.Evidence.Packages;

/// <summary>Who exports what from which log: the manifest's first fields.</summary>
public sealed record PackageHeader(string Origin, CryptoSuite Suite, ExportScope Scope, string CaseReference, ExportedFor ExportedFor, DateTimeOffset ExportedAt);
