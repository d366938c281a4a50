namespace Ledger.Cli.Simulate;

/// <summary>An approval matter (审批事项) of the service guide: its limits in working days and the departments that review it.</summary>
internal sealed record Matter(string Code, string Name, int StatutoryDays, int PromisedDays, string[] Departments, string Trade)
{
    public static readonly Matter[] All =
    [
        new("620100-ZRZY-XK-005", "建设工程规划许可证核发", 20, 10, ["自然资源局", "人民防空办公室", "住房和城乡建设局"], "置业"),
        new("620100-ZJ-XK-001", "建筑工程施工许可证核发", 15, 7, ["住房和城乡建设局", "消防救援支队"], "建设工程"),
        new("620100-SCJG-XK-012", "食品经营许可", 20, 8, ["市场监督管理局"], "餐饮管理"),
        new("620100-WJ-XK-003", "公共场所卫生许可", 20, 10, ["卫生健康委员会"], "酒店管理"),
        new("620100-SW-XK-007", "城镇污水排入排水管网许可", 20, 7, ["水务局", "生态环境局"], "食品加工"),
        new("620100-CG-XK-009", "城市建筑垃圾处置核准", 20, 5, ["城市管理局"], "运输"),
    ];
}
