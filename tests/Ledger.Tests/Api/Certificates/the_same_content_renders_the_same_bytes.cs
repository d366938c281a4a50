using System.Security.Cryptography;
using Ledger.Api.Evidence.Certificates;

namespace Ledger.Tests.Api.Certificates;

/// <summary>A certificate is a function of its content: rendering again, on any thread, gives the
/// same file, so a package's certificate hash can be reproduced.</summary>
public sealed class the_same_content_renders_the_same_bytes
{
    [Fact]
    public async Task concurrent_renders_agree_byte_for_byte()
    {
        var content = CertificateSamples.Tender(eventCount: 40);
        var renders = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => CertificatePdf.Render(content), TestContext.Current.CancellationToken)));

        var hashes = renders.Select(pdf => Convert.ToHexString(SHA256.HashData(pdf))).Distinct().ToList();
        Assert.Single(hashes);
    }

    [Fact]
    public void the_dates_and_ids_come_from_the_content()
    {
        var pdf = System.Text.Encoding.Latin1.GetString(CertificatePdf.Render(CertificateSamples.Tender()));

        Assert.Contains("<xmp:CreateDate>2026-04-12T08:30:15Z</xmp:CreateDate>", pdf);
        Assert.Contains("/ID[<9F2C41D07BE35A86C4E19D2F07A6B3C5>", pdf);
        Assert.Matches("<xmpMM:DocumentID>uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<", pdf);
    }

    [Fact]
    public void another_package_renders_other_bytes_and_other_ids()
    {
        var first = CertificatePdf.Render(CertificateSamples.Tender());
        var second = CertificatePdf.Render(CertificateSamples.Tender() with { ManifestHashHex = new string('a', 64) });

        Assert.NotEqual(first, second);
        Assert.NotEqual(SubsetTags(first), SubsetTags(second));
    }

    private static string SubsetTags(byte[] pdf) => string.Join(',',
        System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), "/FontName/([A-Z]{6})\\+")
            .Select(m => m.Groups[1].Value));
}
