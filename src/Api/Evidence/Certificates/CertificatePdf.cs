using PdfSharp.Pdf;

namespace Ledger.Api.Evidence.Certificates;

/// <summary>
/// Renders an evidence package's certificate (证据包核验证书): A4, Chinese and English, the font
/// subset embedded, the verification code as text and as a vector QR code.
/// </summary>
public static partial class CertificatePdf
{
    /// <summary>Rows of the event table; the rest are counted, not listed: the package holds them all.</summary>
    public const int MaxListedEvents = 100;

    /// <summary>
    /// The certificate as PDF bytes. The same content gives the same bytes (with the same PDFsharp and
    /// .NET versions): the dates come from <see cref="CertificateContent.ExportedAt"/>, and the ids
    /// PDFsharp would draw at random are derived from the manifest hash.
    /// </summary>
    /// <exception cref="ArgumentException">The content is incomplete or inconsistent; the message names the field.</exception>
    public static byte[] Render(CertificateContent content)
    {
        if (CertificateContentCheck.FirstProblem(content) is { } problem)
        {
            throw new ArgumentException($"Cannot render the certificate: {problem}.", nameof(content));
        }
        CertificateFontResolver.Install();
        using var document = new PdfDocument();
        Describe(document, content);
        var style = new CertificateStyle();
        using (var canvas = new CertificateCanvas(document))
        {
            Header(canvas, style);
            CodeBand(canvas, style, content);
            Details(canvas, style, content);
            Verification(canvas, style);
            Events(canvas, style, content);
            canvas.Finish(content.VerificationCode, style.Small, style.Muted);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        var pdf = output.ToArray();
        ReproduciblePdf.Fix(pdf, Convert.FromHexString(content.ManifestHashHex));
        return pdf;
    }

    private static void Describe(PdfDocument document, CertificateContent content)
    {
        document.Info.Title = $"{CertificateText.TitleZh} {CertificateText.TitleEn}";
        document.Info.Subject = $"{content.VerificationCode} {content.Origin}";
        document.Info.Creator = "Ledger";
        document.Info.CreationDate = content.ExportedAt.UtcDateTime;
        document.Info.ModificationDate = content.ExportedAt.UtcDateTime;
        // The trailer's file id is random by default; the manifest hash names this certificate's package.
        var id = new string(Convert.FromHexString(content.ManifestHashHex)[..16].Select(b => (char)b).ToArray());
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
    }
}
