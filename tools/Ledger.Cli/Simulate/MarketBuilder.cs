using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Cli.Simulate;

/// <summary>Makes the market's population from the parameters: the same parameters, the same firms, people and machines.</summary>
internal static class MarketBuilder
{
    private static readonly Region City = new(Regions.CityCode, "兰州市", 1, true);

    private static readonly string[] MacVendors = ["00-E0-4C", "F0-2F-74", "B4-2E-99", "D8-BB-C1", "3C-7C-3F", "70-85-C2", "E0-D5-5E", "50-EB-F6", "A8-5E-45", "04-D9-F5"];

    private static readonly string[] IntelFamilies = ["906E", "A065", "9067", "B067", "806E", "506E", "306C", "306A", "A067", "9065"];

    private static readonly string[] AmdFamilies = ["A20F1", "A50F0", "870F1", "800F8", "A60F1"];

    private static readonly string[] Networks = ["118.180", "61.178", "42.93", "60.165", "125.74", "117.156", "221.7", "124.152"];

    private static readonly string[] Software = ["广联达云计价平台GCCP6.0", "甘肃省电子投标文件制作工具V3.2", "新点投标文件制作软件V10.5", "品茗胜算造价计控软件V7"];

    private static readonly string[] Agency = ["招标代理", "工程咨询", "项目管理", "工程造价咨询"];

    private static readonly string[] DepartmentNames = ["住房和城乡建设局", "自然资源局", "生态环境局", "市场监督管理局", "卫生健康委员会", "水务局", "城市管理局", "人民防空办公室", "消防救援支队"];

    public static Market Build(SimulationParameters parameters)
    {
        var dice = Dice.For(parameters.Seed, "market");
        var market = parameters.Market;
        var departments = DepartmentNames.ToDictionary(
            name => name,
            name => Official(CreditCode.Make("11", Regions.CityCode, $"{market}/department/{name}"), "兰州市" + name, Role.Official, dice),
            StringComparer.Ordinal);
        return new Market
        {
            Parameters = parameters,
            Bidders = Bidders(parameters, dice),
            Experts = [.. Enumerable.Range(1, parameters.Experts).Select(i => new Expert($"E-62-{i:D4}", Math.Exp(0.2 * dice.Normal(3)), dice.Normal(3)))],
            Tenderers = Tenderers(market, dice),
            Agencies = [.. Enumerable.Range(0, 10).Select(i => Official(
                CreditCode.Make("91", Regions.CityCode, $"{market}/agency/{i}"), Names.Company(City, dice.Pick(Agency), dice), Role.TenderAgent, dice))],
            Centre = Official(CreditCode.Make("12", Regions.CityCode, $"{market}/centre"), "兰州市公共资源交易中心", Role.CentreOperator, dice),
            Departments = departments,
            Bureau = Official(CreditCode.Make("11", Regions.CityCode, $"{market}/bureau"), "兰州市政务服务中心行政审批服务局", Role.Official, dice),
            Supervisors = Supervisors(parameters),
            Registrar = departments["市场监督管理局"],
        };
    }

    /// <summary>From dice of their own, so that adding them left every other firm and person of a seed as it was.</summary>
    private static Organisation[] Supervisors(SimulationParameters parameters)
    {
        var dice = Dice.For(parameters.Seed, "supervisors");
        return
        [
            Official(CreditCode.Make("11", Regions.CityCode, $"{parameters.Market}/supervisor/housing"), "兰州市住房和城乡建设局", Role.Supervisor, dice),
            Official(CreditCode.Make("11", Regions.CityCode, $"{parameters.Market}/supervisor/development"), "兰州市发展和改革委员会", Role.Supervisor, dice),
            Official(CreditCode.Make("11", Regions.CityCode, $"{parameters.Market}/supervisor/discipline"), "兰州市纪委监委", Role.DisciplineInspector, dice),
        ];
    }

    private static List<Bidder> Bidders(SimulationParameters parameters, Dice dice)
    {
        var bidders = new List<Bidder>(parameters.Bidders);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var people = new People(Dice.For(parameters.Seed, "bidder-people"));
        for (var i = 0; i < parameters.Bidders; i++)
        {
            var home = dice.Chance(0.85) ? dice.Weighted(Regions.City, r => r.Weight) : dice.Weighted(Regions.Outside, r => r.Weight);
            var categories = dice.Draw(Categories.All, dice.Weighted(new[] { 1, 2, 3 }, n => n switch { 1 => 0.5, 2 => 0.35, _ => 0.15 }), c => c.Weight)
                .Select(c => c.Key).ToList();
            var main = Categories.All.Single(c => c.Key == categories[0]);
            string name;
            do
            {
                name = Names.Company(home, dice.Pick(main.Trades), dice);
            }
            while (!names.Add(name));
            var id = CreditCode.Make("91", home.Code, $"{parameters.Market}/bidder/{i}");
            bidders.Add(new Bidder(
                id, name, home, categories, Math.Exp(0.6 * dice.Normal(3)), dice.Uniform(0.72, 0.95),
                new Actor($"p-{dice.Hex(4)}", null, id, Role.Bidder), Machine(dice), $"GSCA{dice.Digits(10)}", dice.Pick(["2703", "6230", "1031", "0512"]) + dice.Digits(15),
                people.Managers(home), people.Contact()));
        }
        return bidders;
    }

    /// <summary>
    /// One office machine per firm. CPU ids are processor model signatures, as Windows reports them, so unrelated firms
    /// share one now and then, as in life; MAC, disk and dongle serials are the machine's own; the IP is the office's.
    /// </summary>
    private static FeatureCodes Machine(Dice dice) => new(
        $"{dice.Pick(MacVendors)}-{Convert.ToHexString(dice.Bytes(3)).Insert(4, "-").Insert(2, "-")}",
        dice.Chance(0.75) ? $"BFEBFBFF000{dice.Pick(IntelFamilies)}{dice.Between(0, 15):X}" : $"178BFBFF00{dice.Pick(AmdFamilies)}{dice.Between(0, 9)}",
        dice.Pick(["WD-WCC4N", "S4EVNX0R", "ZA"]) + dice.Digits(7),
        dice.Chance(0.8) ? $"GLD{dice.Digits(10)}" : null,
        $"{dice.Pick(Networks)}.{dice.Between(1, 254)}.{dice.Between(2, 254)}",
        dice.Pick(Software));

    private static Dictionary<(string Region, string Category), Organisation> Tenderers(string market, Dice dice)
    {
        var tenderers = new Dictionary<(string Region, string Category), Organisation>();
        foreach (var region in Regions.City)
        {
            foreach (var category in Categories.All)
            {
                var body = dice.Pick(category.Clients);
                var kind = body.EndsWith("公司", StringComparison.Ordinal) ? "91" : "11";
                var id = CreditCode.Make(kind, region.Code, $"{market}/tenderer/{region.Code}/{category.Key}");
                tenderers[(region.Code, category.Key)] = new Organisation(id, region.Name + body, new Actor($"p-{dice.Hex(4)}", null, id, Role.Tenderer));
            }
        }
        return tenderers;
    }

    private static Organisation Official(string id, string name, Role role, Dice dice) =>
        new(id, name, new Actor($"p-{dice.Hex(4)}", null, id, role));
}
