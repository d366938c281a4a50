namespace Ledger.Projections.Views.Markets;

/// <summary>
/// How finely regions are told apart, by the administrative division code (GB/T 2260): a county or district
/// (<c>620102</c>), its prefecture-level city (<c>620100</c>) or its province (<c>620000</c>).
/// </summary>
public enum RegionLevel
{
    County,
    City,
    Province,
}
