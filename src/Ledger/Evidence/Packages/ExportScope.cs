namespace Ledger.Evidence.Packages;

/// <summary>
/// What a package was exported for, as its manifest and certificate name it: <see cref="Kind"/> is one of
/// tender, company, address, property, approval, warning, events; <see cref="Id"/> the tender id, organisation,
/// address, property, case or warning, and null for a plain list of events.
/// </summary>
public sealed record ExportScope(string Kind, string? Id);
