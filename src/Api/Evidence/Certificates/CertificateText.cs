using System.Globalization;

namespace Ledger.Api.Evidence.Certificates;

/// <summary>The certificate's fixed wording in Chinese and English, and how it shows names and times.</summary>
internal static class CertificateText
{
    public const string TitleZh = "电子数据存证核验证书";
    public const string TitleEn = "Certificate of Electronic Evidence";

    public const string AboutCode =
        "由证据包清单（manifest.json）的哈希得出，核验通过时 ledger-verify 显示同一核验码。" +
        "Derived from the hash of the package's manifest; ledger-verify shows the same code when the package verifies.";

    public const string VerifyZh =
        "离线核验：取得与本证书一同导出的证据包文件（.zip），在任意计算机上运行 ledger-verify package <文件>，" +
        "并用 --key 指定从日志公开渠道取得的公钥。核验通过时，程序显示的核验码应与本证书上的核验码一致。" +
        "本证书只是证据包的可读摘要，本身不证明任何事项：证明力来自证据包中的事件原文、包含证明与签名区块，" +
        "脱离证据包，本证书不能单独作为证据使用。";

    public const string VerifyEn =
        "To verify offline, take the evidence package file (.zip) exported with this certificate and run " +
        "ledger-verify package <file> on any computer, with --key set to the log's published public key. " +
        "On success it shows the same verification code as this certificate. This certificate is only a " +
        "readable summary of the package and proves nothing by itself: the proof lies in the package's " +
        "events, inclusion proofs and signed blocks, and without the package the certificate is no evidence.";

    /// <summary>China has kept UTC+8 all year since 1992, so a fixed offset needs no time-zone database.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static string Suite(string suite) => suite switch
    {
        "intl" => "intl · 国际算法 international (SHA-256, Ed25519)",
        "gm" => "gm · 国密算法 national (SM3, SM2)",
        _ => suite,
    };

    public static string ScopeKind(string kind) => kind switch
    {
        "tender" => "招标项目 tender",
        "company" => "企业 company",
        "address" => "住所 address",
        "approval" => "审批事项 approval case",
        "warning" => "预警 warning",
        "events" => "指定事件 listed events",
        _ => kind,
    };

    public static string ChinaTime(DateTimeOffset time) =>
        time.ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string ExportedAt(DateTimeOffset time) =>
        $"{ChinaTime(time)} 北京时间 China (UTC+8)  ·  " +
        $"{time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC";

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
