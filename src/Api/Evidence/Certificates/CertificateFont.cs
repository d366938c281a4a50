using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ledger.Api.Evidence.Certificates;

/// <summary>
/// One text size drawn with two faces: Noto Sans below U+2E80 (Latin, Greek, Cyrillic, general
/// punctuation and symbols), Droid Sans Fallback from the CJK radicals on (Chinese and full-width
/// forms). Both share one baseline, so a line mixing them stays level.
/// </summary>
internal sealed class CertificateFont
{
    // Unicode encoding writes Type 0 fonts with a ToUnicode map, so the text stays searchable and
    // extractable; subsetting keeps only the glyphs used out of the 4 MB CJK font.
    private static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private readonly XFont cjk;
    private readonly XFont latin;
    private readonly double ascent;

    public CertificateFont(double size)
    {
        cjk = new XFont(CertificateFontResolver.Cjk, size, XFontStyleEx.Regular, Embedded);
        latin = new XFont(CertificateFontResolver.Latin, size, XFontStyleEx.Regular, Embedded);
        ascent = Math.Max(Ascent(cjk), Ascent(latin));
        Height = Math.Max(cjk.GetHeight(), latin.GetHeight());
    }

    /// <summary>Line spacing in points.</summary>
    public double Height { get; }

    public double Measure(XGraphics graphics, string text) =>
        Runs(text).Sum(run => graphics.MeasureString(run.Text, run.Font).Width);

    /// <summary>Draws <paramref name="text"/> with its line box's top edge at <paramref name="top"/>,
    /// starting at <paramref name="x"/>, centred on it or ending at it.</summary>
    public void Draw(XGraphics graphics, string text, XBrush brush, double x, double top, XStringAlignment align = XStringAlignment.Near)
    {
        var width = Measure(graphics, text);
        x -= align switch
        {
            XStringAlignment.Center => width / 2,
            XStringAlignment.Far => width,
            _ => 0,
        };
        foreach (var run in Runs(text))
        {
            graphics.DrawString(run.Text, run.Font, brush, x, top + ascent, XStringFormats.BaseLineLeft);
            x += graphics.MeasureString(run.Text, run.Font).Width;
        }
    }

    private IEnumerable<(string Text, XFont Font)> Runs(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || IsCjk(text[i]) != IsCjk(text[start]))
            {
                yield return (text[start..i], IsCjk(text[start]) ? cjk : latin);
                start = i;
            }
        }
    }

    private static bool IsCjk(char c) => c >= '\u2E80';

    private static double Ascent(XFont font) => font.Size * font.Metrics.Ascent / font.Metrics.UnitsPerEm;
}
