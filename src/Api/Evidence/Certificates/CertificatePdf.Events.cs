using PdfSharp.Drawing;

namespace Ledger.Api.Evidence.Certificates;

public static partial class CertificatePdf
{
    private static readonly (string Zh, string En, double Width)[] Columns =
    [
        ("叶序号", "Leaf", 54),
        ("事件流", "Stream", 176),
        ("类型", "Type", 140),
        ("时间 (UTC+8)", "Time", 0),
    ];

    private static void Events(CertificateCanvas canvas, CertificateStyle style, CertificateContent content)
    {
        var listed = content.FirstEvents.Take(MaxListedEvents).ToList();
        var total = CertificateText.Count(content.EventCount);
        var title = listed.Count < content.EventCount
            ? $"事件清单 Events — 列出前 {listed.Count} 个，共 {total} 个 · first {listed.Count} of {total}"
            : "事件清单 Events";
        Heading(canvas, style, title);
        TableHeader(canvas, style);
        foreach (var row in listed)
        {
            var cells = new[]
            {
                row.LeafIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.Stream,
                row.Type,
                CertificateText.ChinaTime(row.Time),
            };
            var wrapped = cells.Select((cell, i) => canvas.Wrap(cell, style.Label, ColumnWidth(canvas, i) - 6)).ToList();
            var height = wrapped.Max(lines => lines.Count) * style.Label.Height + 5;
            if (canvas.Reserve(height))
            {
                TableHeader(canvas, style);
            }
            var x = canvas.Left;
            for (var i = 0; i < cells.Length; i++)
            {
                for (var line = 0; line < wrapped[i].Count; line++)
                {
                    canvas.Text(wrapped[i][line], style.Label, style.Ink, x + 3, canvas.Y + 2.5 + line * style.Label.Height);
                }
                x += ColumnWidth(canvas, i);
            }
            canvas.Y += height;
            canvas.Rule(style.Thin);
        }
        var more = content.EventCount - listed.Count;
        if (more > 0)
        {
            canvas.Y += 4;
            canvas.Paragraph(
                $"…… 另有 {CertificateText.Count(more)} 个事件未列出，均在证据包中 · and {CertificateText.Count(more)} more, all in the package",
                style.Label, style.Muted);
        }
    }

    private static void TableHeader(CertificateCanvas canvas, CertificateStyle style)
    {
        var height = style.Label.Height + style.Small.Height + 6;
        canvas.Reserve(height + style.Label.Height + 5);
        canvas.Graphics.DrawRectangle(style.Band, canvas.Left, canvas.Y, canvas.Width, height);
        var x = canvas.Left;
        for (var i = 0; i < Columns.Length; i++)
        {
            canvas.Text(Columns[i].Zh, style.Label, style.Accent, x + 3, canvas.Y + 3);
            canvas.Text(Columns[i].En, style.Small, style.Muted, x + 3, canvas.Y + 3 + style.Label.Height);
            x += ColumnWidth(canvas, i);
        }
        canvas.Y += height;
    }

    /// <summary>The last column takes what the others leave.</summary>
    private static double ColumnWidth(CertificateCanvas canvas, int i) =>
        i < Columns.Length - 1 ? Columns[i].Width : canvas.Width - Columns.Take(Columns.Length - 1).Sum(c => c.Width);
}
