namespace Ledger.Cli.Simulate;

/// <summary>
/// Made-up names from common parts: companies (place + trade name + trade + form), people, and ID numbers of the
/// right shape. Any likeness to a real firm is the parts' doing; the credit codes are synthetic.
/// </summary>
internal static class Names
{
    private static readonly string[] Cores =
    [
        "宏达", "鑫源", "恒通", "金鼎", "瑞丰", "天成", "博远", "安泰", "兴盛", "昌隆", "祁连", "丝路", "海鸿", "伟业", "永盛", "聚德",
        "远航", "通达", "宏宇", "鸿基", "锦华", "润泽", "嘉禾", "中瑞", "华宸", "正邦", "泰和", "弘毅", "盛邦", "德隆", "新陇", "明远",
        "卓越", "凯达", "铭洋", "汇川", "立信", "腾骏", "金穗", "鼎晟", "恒信", "广厦", "宸宇", "陇安", "晟达", "河西", "兰坤", "合众",
    ];

    private static readonly string[] Forms = ["有限公司", "有限责任公司", "集团有限公司", "股份有限公司"];

    private static readonly string[] CityPlaces = ["甘肃", "兰州", "陇原", "金城", "甘肃省"];

    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "韩", "冯", "董", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "魏",
    ];

    private static readonly string[] Given =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平",
        "刚", "桂英", "建国", "志强", "海燕", "文博", "子涵", "晓东", "春梅", "国庆", "振华", "玉兰", "永红", "立新", "宏伟", "金花",
    ];

    /// <summary>A firm's name, such as 兰州宏达市政工程有限公司, placed where the firm is registered.</summary>
    public static string Company(Region home, string trade, Dice dice) => Place(home, dice) + dice.Pick(Cores) + trade + dice.Pick(Forms);

    public static string Person(Dice dice) => dice.Pick(Surnames) + dice.Pick(Given);

    /// <summary>An 18-digit resident ID number: division code, birth date, sequence, and the ISO 7064 MOD 11-2 check digit.</summary>
    public static string IdNumber(string region, Dice dice)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(dice.Between(0, 40 * 365));
        var body = region + birth.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + dice.Digits(3);
        var sum = body.Select((c, i) => (c - '0') * ((1 << (17 - i)) % 11)).Sum();
        return body + "10X98765432"[sum % 11];
    }

    private static string Place(Region home, Dice dice) =>
        home.InCity && dice.Chance(0.6) ? dice.Pick(CityPlaces) : Short(home);

    /// <summary>城关区 → 城关, 白银市 → 白银; 兰州新区 stays whole.</summary>
    private static string Short(Region region) => region.Name.EndsWith("新区", StringComparison.Ordinal) ? region.Name : region.Name[..^1];
}
