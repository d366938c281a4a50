namespace Ledger.Cli.Simulate;

/// <summary>
/// A kind of works tender (房屋建筑 building, 市政 municipal, …): how often it comes, its ceiling price range in yuan, the trade words of the
/// firms that bid for it, the public bodies that tender it, and the parts its project names are made of.
/// </summary>
internal sealed record Category(
    string Key,
    double Weight,
    double MinCeiling,
    double MaxCeiling,
    string[] Trades,
    string[] Clients,
    string[] Places,
    string[] Works)
{
    /// <summary>A project name such as 七里河区第三小学教学楼改扩建工程施工.</summary>
    public string ProjectName(Region region, Dice dice) => region.Name + dice.Pick(Places) + dice.Pick(Works);
}
