using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Ledger.Tests.Api.Certificates;

/// <summary>A rendered certificate read back with PdfPig, an independent PDF reader.</summary>
internal sealed class RenderedCertificate : IDisposable
{
    private readonly PdfDocument document;

    public RenderedCertificate(byte[] pdf)
    {
        Bytes = pdf;
        document = PdfDocument.Open(pdf);
    }

    public byte[] Bytes { get; }

    public int Pages => document.NumberOfPages;

    /// <summary>The page's text in drawing order, as a viewer would copy it.</summary>
    public string Text(int page) => document.GetPage(page).Text;

    public string AllText => string.Concat(Enumerable.Range(1, Pages).Select(Text));

    /// <summary>Every letter on the page with its box, in PDF points from the bottom-left corner.</summary>
    public IEnumerable<(string Value, double Left, double Right, double Bottom, double Top)> Letters(int page) =>
        document.GetPage(page).Letters.Select(l =>
            (l.Value, l.BoundingBox.Left, l.BoundingBox.Right, l.BoundingBox.Bottom, l.BoundingBox.Top));

    public (double Width, double Height) PageSize(int page) =>
        (document.GetPage(page).Width, document.GetPage(page).Height);

    /// <summary>Each embedded TrueType program (a font descriptor's FontFile2) by its font name, decoded.</summary>
    public Dictionary<string, byte[]> FontFiles()
    {
        var files = new Dictionary<string, byte[]>();
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(reference).Data is DictionaryToken descriptor &&
                descriptor.TryGet(NameToken.Create("FontFile2"), out IndirectReferenceToken file) &&
                descriptor.TryGet(NameToken.Create("FontName"), out NameToken name) &&
                document.Structure.GetObject(file.Data).Data is StreamToken stream)
            {
                files[name.Data] = stream.Decode(document.Structure.FilterProvider).ToArray();
            }
        }
        return files;
    }

    /// <summary>
    /// The QR code as drawn, read back from the page's vector paths: the filled path with the most
    /// rectangles, each rectangle a run of dark modules one module high. Returns [row, column].
    /// </summary>
    public bool[,] QrModules(int page)
    {
        var qr = document.GetPage(page).Paths.Where(p => p.IsFilled).MaxBy(p => p.Count)
                 ?? throw new InvalidOperationException($"page {page} has no filled path");
        var boxes = qr.Select(subpath => subpath.GetBoundingRectangle())
            .Where(box => box.HasValue).Select(box => box!.Value).ToList();
        var module = boxes.Min(b => b.Height);
        var left = boxes.Min(b => b.Left);
        var top = boxes.Max(b => b.Top);
        var side = (int)Math.Round((boxes.Max(b => b.Right) - left) / module);
        var modules = new bool[side, side];
        foreach (var box in boxes)
        {
            var row = (int)Math.Round((top - box.Top) / module);
            var first = (int)Math.Round((box.Left - left) / module);
            var count = (int)Math.Round(box.Width / module);
            for (var column = first; column < first + count; column++)
            {
                modules[row, column] = true;
            }
        }
        return modules;
    }

    public void Dispose() => document.Dispose();
}
