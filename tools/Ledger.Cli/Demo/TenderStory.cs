using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ledger.Actions;
using Ledger.Bidding;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;

namespace Ledger.Cli.Demo;

/// <summary>
/// 招标投标: one works tender from entry to the publicity of its candidates: four bidders, one of whom withdraws, a
/// late bid, a sealed-price opening, a panel with a recusal, scores, the report and an objection. It stops there and
/// says why: the candidates' publicity lasts at least three days (Regulations Art. 54, enforced on the notice and on
/// the award), so award, contract and the remaining deposit refunds cannot honestly follow in a live demo.
/// </summary>
internal static class TenderStory
{
    private const string ProjectName = "兰州新区第三中学教学楼及附属设施建设工程施工";
    private const decimal CeilingPrice = 48_650_000.00m;

    /// <summary>At most 2% of the estimated price (Regulations Art. 26).</summary>
    private const decimal Deposit = 800_000.00m;

    /// <summary>Bids close this long after the notice: time enough for the bidders below, short enough to wait for.</summary>
    private static readonly TimeSpan BidWindow = TimeSpan.FromSeconds(5);

    private static readonly Actor Tenderer = new("p-jyj-021", null, "11620100DEMO00001J", Role.Tenderer);
    private static readonly Actor Agent = new("p-dl-007", null, "91620100DEMO00002K", Role.TenderAgent);
    private static readonly Actor Centre = new("op-0117", null, "12620100DEMO00003L", Role.CentreOperator);

    /// <summary>The last one withdraws before the deadline; three bids stand, the fewest an opening allows (Art. 44).</summary>
    private static readonly Bidder[] Bidders =
    [
        new("91620100DEMO00011A", "甘肃示例建设集团有限公司", 46_980_500.50m, DepositMethod.VirtualSubAccount, 1),
        new("91620100DEMO00012B", "兰州示例建筑工程有限公司", 47_320_000.00m, DepositMethod.ElectronicGuarantee, 2),
        new("91620100DEMO00013C", "陇原示例城建有限公司", 47_985_000.00m, DepositMethod.VirtualSubAccount, 3),
        new("91620100DEMO00014D", "金城示例市政工程有限公司", 48_100_000.00m, DepositMethod.ElectronicGuarantee, 4),
    ];

    private static readonly Bidder Late = new("91620100DEMO00015E", "河西示例路桥有限公司", 46_500_000.00m, DepositMethod.VirtualSubAccount, 5);

    /// <summary>The registered constructors the bidders name as project managers (项目经理), by the bidder's machine number.</summary>
    private static readonly string[] ManagerNames = ["张示例", "李示例", "王示例", "赵示例", "陈示例"];

    private static readonly string[] ContactNames = ["刘联系", "杨联系", "黄联系", "周联系", "吴联系"];

    /// <summary>Drawn from the provincial expert pool (甘肃省综合评标专家库); a sixth expert drawn is recused.</summary>
    private static readonly string[] Experts = ["E-62-0318", "E-62-1142", "E-62-0775", "E-62-2056", "E-62-0931"];

    private static readonly ExpertAvoidance Recused = new("E-62-1609", "三年内曾在投标人甘肃示例建设集团有限公司任职 (worked for a bidder within three years)");

    /// <summary>Scores[expert][bidder] out of 100 (综合评估法), for the three bids standing.</summary>
    private static readonly decimal[][] Scores =
    [
        [93.5m, 89.0m, 86.5m],
        [91.0m, 90.5m, 85.0m],
        [92.5m, 88.0m, 87.5m],
        [94.0m, 89.5m, 86.0m],
        [90.5m, 88.5m, 87.0m],
    ];

    /// <summary>Tells the tender's story and returns its id.</summary>
    public static async Task<string> RunAsync(DemoApi api, string run)
    {
        var id = $"LZXQ-GC-{run}";
        api.Say($"招标投标 · tender {id}: {ProjectName}");
        await api.AcceptedAsync(Agent, "bidding/enter-project", new EnterProject(id, ProjectName, Tenderer.Organisation, Agent.Organisation),
            "进场登记 project entered by the agent 甘肃示例招标代理有限公司 for the tenderer 兰州新区教育局");

        var deadline = api.LedgerTime + BidWindow;
        var documents = Sha256($"招标文件 {id} {ProjectName}");
        await api.AcceptedAsync(Agent, "bidding/publish-tender-notice",
            new PublishTenderNotice(id, CeilingPrice, deadline, deadline, documents, Deposit, BiddingRules.MinPublicityDays),
            $"招标公告 notice published: ceiling {Yuan(CeilingPrice)}, deposit {Yuan(Deposit)}, bids close and open at {BeijingTime.Show(deadline)}, "
            + $"candidates' publicity {BiddingRules.MinPublicityDays} days");

        var reveals = new List<PriceReveal>();
        foreach (var bidder in Bidders)
        {
            await api.AcceptedAsync(bidder.Actor, "bidding/obtain-documents", new ObtainDocuments(id, bidder.Id, documents), $"获取招标文件 documents obtained by {bidder.Name}");
            await api.AcceptedAsync(Centre, "bidding/pay-deposit", DepositOf(id, bidder, run), $"投标保证金 deposit of {bidder.Name} received by the centre, {bidder.DepositText}");
            // The price stays with the bidder: the ledger holds only its commitment until the opening.
            var nonce = PriceCommitment.NewNonce();
            await api.AcceptedAsync(bidder.Actor, "bidding/submit-bid", SealedBid(id, bidder, nonce),
                $"递交投标文件 sealed bid of {bidder.Name}: file hash, CA signature, machine feature codes and a price commitment, no price");
            reveals.Add(new PriceReveal(bidder.Id, bidder.Price, nonce));
        }
        var withdrawn = Bidders[^1];
        await api.AcceptedAsync(withdrawn.Actor, "bidding/withdraw-bid", new WithdrawBid(id, withdrawn.Id), $"撤回投标 {withdrawn.Name} withdraws its bid before the deadline");
        reveals.RemoveAll(r => r.BidderId == withdrawn.Id);
        await api.AcceptedAsync(Centre, "bidding/refund-deposit", new RefundDeposit(id, withdrawn.Id, 0m),
            $"退还保证金 deposit of {withdrawn.Name} refunded at once, as it has no bid standing (Regulations Art. 35)");
        await api.AcceptedAsync(Late.Actor, "bidding/obtain-documents", new ObtainDocuments(id, Late.Id, documents), $"获取招标文件 documents obtained by {Late.Name}");

        await api.ReadRefusedAsync(Centre, $"bidding/tenders/{id}/bids?purpose=开标前核对", "开标前查阅投标文件 the centre's operator asks for the sealed bids before the opening");
        await api.WaitUntilAsync(deadline, "投标截止 until the bid deadline passes");
        await api.RefusedAsync(Late.Actor, "bidding/submit-bid", SealedBid(id, Late, PriceCommitment.NewNonce()), $"迟到投标 bid of {Late.Name} after the deadline");

        var lowest = reveals.MinBy(r => r.Price)!;
        await api.AcceptedAsync(Centre, "bidding/open-bids", new OpenBids(id, reveals, []),
            $"开标 bids opened by the centre: {reveals.Count} prices revealed, each reproducing its commitment; lowest {Yuan(lowest.Price)} by {NameOf(lowest.BidderId)}");
        await api.AcceptedAsync(Centre, "bidding/draw-expert-panel", new DrawExpertPanel(id, Experts, [Recused]),
            $"专家抽取 panel of {Experts.Length} experts drawn; {Recused.ExpertId} recused (回避): {Recused.Reason}");

        var standing = Bidders[..^1];
        for (var e = 0; e < Experts.Length; e++)
        {
            var expert = new Actor(Experts[e], null, "GS-EXPERT-POOL", Role.Expert);
            for (var b = 0; b < standing.Length; b++)
            {
                var minutes = 35 + ((7 * e) + (11 * b)) % 25;
                await api.AcceptedAsync(expert, "bidding/record-expert-score", new RecordExpertScore(id, Experts[e], standing[b].Id, Scores[e][b], minutes),
                    $"评标打分 expert {Experts[e]} scores {standing[b].Name}: {Scores[e][b]} after {minutes} min");
            }
        }

        var ranked = standing
            .Select((bidder, b) => (bidder.Id, Score: Math.Round(Scores.Average(row => row[b]), 2, MidpointRounding.AwayFromZero)))
            .OrderByDescending(c => c.Score)
            .Select((c, rank) => new RankedCandidate(rank + 1, c.Id, c.Score))
            .ToList();
        var ranking = string.Join(", ", ranked.Select(c => $"{c.Rank}. {NameOf(c.BidderId)} {c.Score}"));
        await api.AcceptedAsync(Agent, "bidding/submit-evaluation-report", new SubmitEvaluationReport(id, Sha256($"评标报告 {id}: {ranking}"), ranked),
            $"评标报告 evaluation report: {ranking}");

        // The rule counts whole days from when the ledger records the publication; a bureau ends it at midnight,
        // and the minute covers the request's way to the ledger.
        var publicityEnd = BeijingTime.MidnightAfter(api.LedgerTime + TimeSpan.FromDays(BiddingRules.MinPublicityDays) + TimeSpan.FromMinutes(1));
        await api.AcceptedAsync(Agent, "bidding/publish-candidates", new PublishCandidates(id, publicityEnd),
            $"中标候选人公示 candidates published until {BeijingTime.Show(publicityEnd)}");

        var objector = Bidders.Single(b => b.Id == ranked[1].BidderId);
        var objection = $"YY-{run}-1";
        await api.AcceptedAsync(objector.Actor, "bidding/file-objection",
            new FileObjection(id, objection, ObjectionKind.Objection, objector.Id, "第一中标候选人的项目经理有在建工程 (the first candidate's project manager is on another site)"),
            $"异议 objection {objection} filed by {objector.Name} against the first candidate");
        await api.AcceptedAsync(Tenderer, "bidding/answer-objection",
            new AnswerObjection(id, objection, false, "经核查，该项目经理无在建工程，异议不成立 (checked: no other site; not upheld)"),
            $"异议答复 objection {objection} answered by the tenderer: not upheld");

        await api.RefusedAsync(Tenderer, "bidding/notify-award", new NotifyAward(id, ranked[0].BidderId), $"中标通知 award to {NameOf(ranked[0].BidderId)} during the publicity");
        api.Say($"  ■ the tender stops here: the award (中标通知), the contract and the other deposit refunds may only follow the publicity, "
            + $"which runs until {BeijingTime.Show(publicityEnd)}; the demo neither waits {BiddingRules.MinPublicityDays} days nor shortens the rule.");
        return id;
    }

    private static PayDeposit DepositOf(string tenderId, Bidder bidder, string run) =>
        bidder.Method == DepositMethod.VirtualSubAccount
            ? new PayDeposit(tenderId, bidder.Id, bidder.Method, Deposit, $"VSA-{run}-{bidder.Machine}", "中国示例银行兰州新区支行", $"62050161DEMO000{bidder.Machine}", true)
            : new PayDeposit(tenderId, bidder.Id, bidder.Method, Deposit, $"BH-{run}-{bidder.Machine}", "甘肃示例融资担保有限公司", null, null);

    /// <summary>
    /// What the bidding client sends: the encrypted file's hash and size and its CA signature (stand-ins here), the
    /// machine's feature codes, and the project manager and contact the file names, each bidder its own: a shared one
    /// would flag collusion (Regulations Art. 40 (3); 财政部令第87号 Art. 37).
    /// </summary>
    private static SubmitBid SealedBid(string tenderId, Bidder bidder, string nonce) => new(
        tenderId,
        bidder.Id,
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        18_452_731L + (bidder.Machine * 1_234_567L),
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)),
        $"GSCA-2026-{bidder.Machine:D6}",
        new FeatureCodes($"00-1A-2B-3C-4D-{bidder.Machine:X2}", $"BFEBFBFF000906E{bidder.Machine:X}", $"WD-WCC4N7{bidder.Machine:D6}", $"GLD-8841-{bidder.Machine:D4}", $"10.12.34.{10 + bidder.Machine}", "广联达云计价平台GCCP6.0"),
        PriceCommitment.Compute(tenderId, bidder.Id, bidder.Price, nonce),
        new ProjectManager(ManagerNames[bidder.Machine - 1], ManagerCredential.ConstructorCertificate, $"甘16201{bidder.Machine:D7}"),
        new ContactPerson(ContactNames[bidder.Machine - 1], $"0931-86{bidder.Machine:D2}{bidder.Machine:D3}"));

    private static string NameOf(string bidderId) => Bidders.Single(b => b.Id == bidderId).Name;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Yuan(decimal amount) => "¥" + amount.ToString("N2", CultureInfo.InvariantCulture);

    /// <param name="Machine">Numbers the bidder's computer, so each bid carries its own feature codes: shared ones would flag collusion.</param>
    private sealed record Bidder(string Id, string Name, decimal Price, DepositMethod Method, int Machine)
    {
        public Actor Actor => new($"p-{Id[^3..].ToLowerInvariant()}", null, Id, Role.Bidder);

        public string DepositText => Method == DepositMethod.VirtualSubAccount
            ? $"{Yuan(Deposit)} paid into its virtual sub-account (虚拟子账户) from its registered account"
            : $"{Yuan(Deposit)} as an electronic guarantee (电子保函)";
    }
}
