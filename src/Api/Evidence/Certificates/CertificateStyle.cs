using PdfSharp.Drawing;

namespace Ledger.Api.Evidence.Certificates;

/// <summary>The certificate's type sizes, colours and lines. Regular faces only: the CJK font has no
/// bold, so size and colour give the hierarchy.</summary>
internal sealed class CertificateStyle
{
    public CertificateFont Title { get; } = new(22);
    public CertificateFont Subtitle { get; } = new(13);
    public CertificateFont Heading { get; } = new(11.5);
    public CertificateFont Code { get; } = new(15);
    public CertificateFont Value { get; } = new(9.5);
    public CertificateFont Body { get; } = new(9);
    public CertificateFont Label { get; } = new(8.5);
    public CertificateFont Small { get; } = new(7.5);

    public XBrush Ink { get; } = XBrushes.Black;
    public XBrush Accent { get; } = new XSolidBrush(XColor.FromArgb(0x1F, 0x3A, 0x5F));
    public XBrush Muted { get; } = new XSolidBrush(XColor.FromArgb(0x5A, 0x5A, 0x5A));
    public XBrush Band { get; } = new XSolidBrush(XColor.FromArgb(0xEC, 0xF0, 0xF5));

    public XPen Strong { get; } = new(XColor.FromArgb(0x1F, 0x3A, 0x5F), 1.2);
    public XPen Thin { get; } = new(XColor.FromArgb(0xC8, 0xC8, 0xC8), 0.5);
}
