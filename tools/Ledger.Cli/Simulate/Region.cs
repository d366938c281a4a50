namespace Ledger.Cli.Simulate;

/// <summary>An administrative division: a district or county of the centre's city, or a place outside it.</summary>
/// <param name="Code">Six-digit division code, as in credit codes and ID numbers.</param>
/// <param name="Weight">How much of the market is there: tenders for the city's districts, bidders' homes for the others.</param>
internal sealed record Region(string Code, string Name, double Weight, bool InCity);
