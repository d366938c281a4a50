using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ledger.Api.Evidence.Certificates;

/// <summary>
/// A4 pages written top to bottom: a cursor that starts a new page when the next piece does not fit,
/// and the footer (verification code, page numbers) added once the number of pages is known.
/// </summary>
internal sealed class CertificateCanvas : IDisposable
{
    public static readonly double Margin = XUnit.FromMillimeter(20).Point;
    private static readonly double FooterHeight = XUnit.FromMillimeter(7).Point;

    private readonly PdfDocument document;
    private XGraphics graphics;
    private bool finished;

    public CertificateCanvas(PdfDocument document)
    {
        this.document = document;
        graphics = StartPage();
    }

    public XGraphics Graphics => graphics;

    /// <summary>How far down the current page the next piece goes, in points from the top edge.</summary>
    public double Y { get; set; }

    public double Left => Margin;

    public double Width => graphics.PageSize.Width - 2 * Margin;

    private double Bottom => graphics.PageSize.Height - Margin - FooterHeight;

    /// <summary>Moves to a new page unless <paramref name="height"/> points still fit on this one;
    /// returns whether it did.</summary>
    public bool Reserve(double height)
    {
        if (Y + height <= Bottom)
        {
            return false;
        }
        graphics.Dispose();
        graphics = StartPage();
        return true;
    }

    public double Measure(string text, CertificateFont font) => font.Measure(graphics, text);

    public List<string> Wrap(string text, CertificateFont font, double width) =>
        LineBreaker.Break(text, piece => font.Measure(graphics, piece), width);

    /// <summary>Draws one line with its top edge at <paramref name="top"/>.</summary>
    public void Text(string text, CertificateFont font, XBrush brush, double x, double top,
        XStringAlignment align = XStringAlignment.Near) =>
        font.Draw(graphics, text, brush, x, top, align);

    /// <summary>Draws wrapped text at the cursor, breaking pages between lines, and moves the cursor below it.</summary>
    public void Paragraph(string text, CertificateFont font, XBrush brush)
    {
        var height = font.Height;
        foreach (var line in Wrap(text, font, Width))
        {
            Reserve(height);
            Text(line, font, brush, Left, Y);
            Y += height;
        }
    }

    public void Rule(XPen pen)
    {
        graphics.DrawLine(pen, Left, Y, Left + Width, Y);
    }

    /// <summary>Writes every page's footer: the verification code ties loose pages to their package,
    /// and page numbers appear once there is more than one page. Nothing can be drawn after it.</summary>
    public void Finish(string verificationCode, CertificateFont font, XBrush brush)
    {
        graphics.Dispose();
        finished = true;
        var pages = document.PageCount;
        for (var i = 0; i < pages; i++)
        {
            using var footer = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var top = footer.PageSize.Height - Margin - font.Height;
            font.Draw(footer, $"核验码 Verification code  {verificationCode}", brush, Left, top);
            if (pages > 1)
            {
                var number = $"第 {i + 1} 页，共 {pages} 页  ·  Page {i + 1} of {pages}";
                font.Draw(footer, number, brush, Left + Width, top, XStringAlignment.Far);
            }
        }
    }

    public void Dispose()
    {
        if (!finished)
        {
            graphics.Dispose();
        }
    }

    private XGraphics StartPage()
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        Y = Margin;
        return XGraphics.FromPdfPage(page);
    }
}
