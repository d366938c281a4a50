using System.Security.Cryptography;
using System.Text;
using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Cli.Bench;

/// <summary>
/// The projection benchmark's tenders: each with 8 bidders drawn from a pool of 400 (each bidder on its own machine and
/// account), a deposit, a sealed bid, an opening with prices from 85 % to 99 % of the ceiling, a panel of 5 experts
/// scoring every bidder, and an award: 69 events in 15 appends. Every 10th tender plants two bidders on one machine, so
/// the detectors have collusion to find. Seeded by the tender number, so every run records the same market.
/// </summary>
internal static class ProjectionsMarket
{
    public const int EventsPerTender = 2 + (Bidders * 3) + 1 + 1 + (Experts * Bidders) + 1;

    private const int Bidders = 8;
    private const int Experts = 5;
    private const int Pool = 400;
    private const decimal Ceiling = 48_650_000m;

    public static readonly IReadOnlyList<Type> EventTypes =
    [
        typeof(ProjectEntered), typeof(TenderNoticePublished), typeof(DocumentsObtained), typeof(DepositPaid), typeof(BidSubmitted),
        typeof(BidsOpened), typeof(ExpertPanelDrawn), typeof(ExpertScoreRecorded), typeof(AwardNotified),
    ];

    private static readonly string DocumentsHash = Hex("招标文件");

    private static readonly Actor Operator = new("op-bench-001", "张经办", "centre-001", Role.CentreOperator);

    /// <summary>The appends of tender <paramref name="tenderId"/>: (stream, events, who records them), in order.</summary>
    /// <param name="sharedMachine">Whether its first two bidders bid from one machine.</param>
    public static IEnumerable<(string Stream, IReadOnlyList<object> Events, Actor By)> Tender(string tenderId, int seed, bool sharedMachine)
    {
        var random = new Random(seed);
        var bidders = Enumerable.Range(0, Pool).OrderBy(_ => random.Next()).Take(Bidders).ToArray();
        var deadline = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(20), TimeSpan.Zero);
        yield return ($"tender/{tenderId}",
        [
            new ProjectEntered(tenderId, "兰州新区第三中学教学楼建设工程", "91620100MA7TENDER1", "91620100MA7AGENT01"),
            new TenderNoticePublished(tenderId, Ceiling, deadline, deadline, DocumentsHash, 20_000m, 3),
        ], Operator);
        var opened = new List<OpenedBid>();
        foreach (var b in bidders)
        {
            var bidder = BidderId(b);
            var machine = sharedMachine && b == bidders[1] ? bidders[0] : b;
            var price = decimal.Round(Ceiling * (0.85m + (random.Next(0, 14_000) / 100_000m)), 2);
            var commitment = Hex($"{tenderId}/{bidder}/{price}");
            var fileHash = Hex($"bid file {tenderId}/{bidder}");
            yield return ($"bid/{tenderId}/{bidder}",
            [
                new DocumentsObtained(tenderId, bidder, DocumentsHash),
                new DepositPaid(tenderId, bidder, DepositMethod.VirtualSubAccount, 20_000m, $"VA-{tenderId}-{b}", "中国银行兰州分行", $"6217{b:D12}", true),
                new BidSubmitted(tenderId, bidder, fileHash, 4_718_592, "c2ln", "CA-0001",
                    new FeatureCodes($"00-1A-2B-3C-{machine / 256:X2}-{machine % 256:X2}", $"CPU-{machine:D4}", $"WD-{machine:D8}", $"GLD-{machine:D8}", $"10.1.{machine % 256}.{machine / 256 + 2}", "GCCP6.0"),
                    commitment),
            ], new Actor($"agent-{b:D4}", $"代理人{b:D4}", bidder, Role.Bidder));
            opened.Add(new OpenedBid(bidder, fileHash, commitment, OpeningOutcome.Read, price, Hex(commitment)));
        }
        var experts = Enumerable.Range(0, Experts).Select(e => $"E-{(seed * 7 + e) % 300:D3}").ToArray();
        var winner = opened.MinBy(o => o.Price)!;
        yield return ($"tender/{tenderId}", [new BidsOpened(tenderId, opened), new ExpertPanelDrawn(tenderId, experts, [])], Operator);
        foreach (var e in experts)
        {
            yield return ($"tender/{tenderId}",
                [.. bidders.Select(b => (object)new ExpertScoreRecorded(tenderId, e, BidderId(b), 70m + random.Next(0, 250) / 10m, 20 + random.Next(0, 20)))],
                new Actor(e, $"专家{e}", "expert-pool", Role.Expert));
        }
        yield return ($"tender/{tenderId}", [new AwardNotified(tenderId, winner.BidderId, winner.Price!.Value)], Operator);
    }

    /// <summary>The bidders that <see cref="Tender"/> plants on one machine, in the order the warning's subject names them.</summary>
    public static (string A, string B) SharedPair(int seed)
    {
        var random = new Random(seed);
        var bidders = Enumerable.Range(0, Pool).OrderBy(_ => random.Next()).Take(2).Select(BidderId).Order(StringComparer.Ordinal).ToArray();
        return (bidders[0], bidders[1]);
    }

    private static string BidderId(int b) => $"9162{b:D4}MA7BIDDER";

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
