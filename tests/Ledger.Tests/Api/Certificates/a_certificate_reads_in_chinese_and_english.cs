using Ledger.Api.Evidence.Certificates;

namespace Ledger.Tests.Api.Certificates;

/// <summary>What the certificate shows can be read back as text, in both languages, inside the page.</summary>
public sealed class a_certificate_reads_in_chinese_and_english
{
    [Fact]
    public void every_fact_of_the_package_is_extractable_text()
    {
        using var certificate = new RenderedCertificate(CertificatePdf.Render(CertificateSamples.Tender()));
        var text = certificate.Text(1);

        Assert.Equal(1, certificate.Pages);
        Assert.Contains("电子数据存证核验证书", text);
        Assert.Contains("Certificate of Electronic Evidence", text);
        Assert.Contains(CertificateSamples.Code, text);
        Assert.Contains(CertificateSamples.ManifestHash, text);
        Assert.Contains(CertificateSamples.Origin, text);
        Assert.Contains("招标项目 tender", text);
        Assert.Contains(CertificateSamples.TenderId, text);
        Assert.Contains(CertificateSamples.CaseReference, text);
        Assert.Contains("兰州市中级人民法院", text);
        Assert.Contains("CourtClerk", text);
        Assert.Contains("国密算法 national (SM3, SM2)", text);
        // Exported 08:30:15 UTC, which is 16:30:15 in China.
        Assert.Contains("2026-04-12 16:30:15 北京时间", text);
        Assert.Contains("2026-04-12 08:30:15 UTC", text);
        Assert.Contains("4,211", text);
        Assert.Contains("1,000,000", text);
        Assert.Contains("bid/LZ-GC-2026-0412/org-bidder-005", text);
        Assert.Contains("ledger-verify package", text);
        Assert.Contains("本证书只是证据包的可读摘要，本身不证明任何事项", text);
        Assert.Contains("proves nothing by itself", text);
        Assert.DoesNotContain("Page 1 of", text);
    }

    [Fact]
    public void long_values_wrap_inside_the_margins()
    {
        var content = CertificateSamples.Tender() with
        {
            CaseReference = string.Concat(Enumerable.Repeat("甘肃省兰州市中级人民法院刑事审判第二庭", 6)),
            Origin = "ledger.example/" + new string('x', 160),
        };
        using var certificate = new RenderedCertificate(CertificatePdf.Render(content));

        var (width, _) = certificate.PageSize(1);
        var letters = certificate.Letters(1).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.All(letters, l => Assert.InRange(l.Left, 50, width - 50));
        Assert.All(letters, l => Assert.InRange(l.Right, 50, width - 50));
        Assert.Contains(new string('x', 40), certificate.Text(1));
    }
}
