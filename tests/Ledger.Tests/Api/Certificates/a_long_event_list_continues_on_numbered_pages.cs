using Ledger.Api.Evidence.Certificates;

namespace Ledger.Tests.Api.Certificates;

/// <summary>The event table breaks across pages, repeats its header, numbers the pages and counts
/// what it does not list.</summary>
public sealed class a_long_event_list_continues_on_numbered_pages
{
    [Fact]
    public void rows_beyond_the_first_page_move_on_under_a_repeated_header()
    {
        using var certificate = new RenderedCertificate(CertificatePdf.Render(CertificateSamples.Tender(eventCount: 60)));

        Assert.True(certificate.Pages >= 2, $"{certificate.Pages} page(s)");
        var last = certificate.Pages;
        Assert.Contains("事件流", certificate.Text(2));
        Assert.Contains($"Page 2 of {last}", certificate.Text(2));
        Assert.Contains($"第 1 页，共 {last} 页", certificate.Text(1));
        Assert.Contains(CertificateSamples.Code, certificate.Text(last));
        Assert.Contains("org-bidder-059", certificate.AllText);
        Assert.DoesNotContain("more, all in the package", certificate.AllText);
    }

    [Fact]
    public void events_past_the_listed_ones_are_counted_not_listed()
    {
        var content = CertificateSamples.Tender(eventCount: 12_345, listed: 150);
        using var certificate = new RenderedCertificate(CertificatePdf.Render(content));
        var text = certificate.AllText;

        Assert.Contains($"org-bidder-{CertificatePdf.MaxListedEvents - 1:D3}", text);
        Assert.DoesNotContain($"org-bidder-{CertificatePdf.MaxListedEvents:D3}", text);
        Assert.Contains($"first {CertificatePdf.MaxListedEvents} of 12,345", text);
        Assert.Contains($"另有 {12_345 - CertificatePdf.MaxListedEvents:N0} 个事件未列出", text);
        Assert.Contains($"and {12_345 - CertificatePdf.MaxListedEvents:N0} more, all in the package", text);
    }
}
