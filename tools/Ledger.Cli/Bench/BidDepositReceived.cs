namespace Ledger.Cli.Bench;

/// <summary>
/// The store benchmark's event: a bid deposit (投标保证金) arriving for a tender, with Chinese names and a
/// decimal amount, about 0.9 KB canonical with its envelope and the actor's metadata.
/// </summary>
public sealed record BidDepositReceived(string TenderId, string Project, string Bidder, string CreditCode, decimal Amount, string Bank, string Remark)
{
    /// <summary>The <paramref name="sequence"/>th deposit of a writer: every event differs, as real ones do.</summary>
    public static BidDepositReceived Sample(int writer, long sequence) => new(
        $"GC-2026-{writer:D4}",
        "兰州新区第三中学教学楼及附属设施建设工程施工",
        "甘肃省建设集团第三工程有限公司",
        "91620100MA72XXXX3K",
        800_000.00m + (sequence % 10_000) * 0.01m,
        "中国银行股份有限公司兰州城关支行",
        $"投标保证金第{sequence}笔已到账，开标前不予退还。");
}
