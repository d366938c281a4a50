namespace Ledger.Evidence.Packages;

/// <summary>Whom a package was exported for: a person, the organisation they act for (a court, a prosecutor's office) and their role there.</summary>
public sealed record ExportedFor(string Person, string Organisation, string Role);
