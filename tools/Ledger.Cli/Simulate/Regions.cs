namespace Ledger.Cli.Simulate;

/// <summary>
/// The simulated market is Lanzhou's (兰州市公共资源交易中心): tenders come from its districts and counties; bidders are
/// mostly local, some from elsewhere in Gansu and the neighbouring provinces, which the openness indicator counts.
/// </summary>
internal static class Regions
{
    public const string CityCode = "620100";

    public static readonly Region[] City =
    [
        new("620102", "城关区", 3.0, true),
        new("620103", "七里河区", 2.0, true),
        new("620104", "西固区", 1.5, true),
        new("620105", "安宁区", 1.5, true),
        new("620111", "红古区", 0.8, true),
        new("620121", "永登县", 1.0, true),
        new("620122", "皋兰县", 0.8, true),
        new("620123", "榆中县", 1.2, true),
        new("620171", "兰州新区", 1.5, true),
    ];

    public static readonly Region[] Outside =
    [
        new("620400", "白银市", 1.0, false),
        new("620500", "天水市", 0.8, false),
        new("620600", "武威市", 0.6, false),
        new("621100", "定西市", 0.8, false),
        new("610100", "西安市", 1.0, false),
        new("630100", "西宁市", 0.6, false),
        new("640100", "银川市", 0.5, false),
    ];
}
