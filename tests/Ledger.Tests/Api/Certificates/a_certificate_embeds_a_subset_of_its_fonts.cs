using Ledger.Api.Evidence.Certificates;

namespace Ledger.Tests.Api.Certificates;

/// <summary>The fonts travel inside the PDF, cut down to the glyphs the certificate uses.</summary>
public sealed class a_certificate_embeds_a_subset_of_its_fonts
{
    private const int CjkFontFileBytes = 4_033_420;

    [Fact]
    public void both_fonts_are_embedded_truetype_subsets()
    {
        using var certificate = new RenderedCertificate(CertificatePdf.Render(CertificateSamples.Tender()));
        var fonts = certificate.FontFiles();

        Assert.Equal(2, fonts.Count);
        Assert.Contains(fonts.Keys, name => name.EndsWith("+Droid Sans Fallback", StringComparison.Ordinal));
        Assert.Contains(fonts.Keys, name => name.EndsWith("+Noto Sans Regular", StringComparison.Ordinal));
        Assert.All(fonts, font =>
        {
            // A subset's name starts with a six-letter tag (ISO 32000-1, 9.6.4).
            Assert.Matches("^[A-Z]{6}\\+", font.Key);
            // A TrueType program starts with the sfnt version 1.0.
            Assert.Equal(new byte[] { 0, 1, 0, 0 }, font.Value[..4]);
            // PDFsharp keeps the glyph index tables whole but only the outlines used.
            Assert.InRange(font.Value.Length, 1_000, 500_000);
        });
        Assert.True(certificate.Bytes.Length < 500_000, $"certificate is {certificate.Bytes.Length} bytes; the CJK font alone is {CjkFontFileBytes}");
    }
}
