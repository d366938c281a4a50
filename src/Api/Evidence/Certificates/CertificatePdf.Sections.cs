using PdfSharp.Drawing;

namespace Ledger.Api.Evidence.Certificates;

public static partial class CertificatePdf
{
    private const double QrSide = 118;
    private const double LabelColumn = 128;

    private static void Header(CertificateCanvas canvas, CertificateStyle style)
    {
        var centre = canvas.Left + canvas.Width / 2;
        canvas.Text(CertificateText.TitleZh, style.Title, style.Accent, centre, canvas.Y, XStringAlignment.Center);
        canvas.Y += style.Title.Height + 2;
        canvas.Text(CertificateText.TitleEn, style.Subtitle, style.Muted, centre, canvas.Y, XStringAlignment.Center);
        canvas.Y += style.Subtitle.Height + 8;
        canvas.Rule(style.Strong);
        canvas.Y += 10;
    }

    /// <summary>The verification code beside its QR code: what a reader compares first.</summary>
    private static void CodeBand(CertificateCanvas canvas, CertificateStyle style, CertificateContent content)
    {
        var top = canvas.Y;
        var qrLeft = canvas.Left + canvas.Width - QrSide;
        DrawQr(canvas.Graphics, CertificateQr.Modules(content.QrPayload), qrLeft, top, QrSide, style.Ink);
        canvas.Text("扫码核对 Scan to compare", style.Small, style.Muted, qrLeft + QrSide / 2, top + QrSide + 3, XStringAlignment.Center);

        var width = canvas.Width - QrSide - 18;
        var y = top;
        canvas.Text("核验码 Verification code", style.Label, style.Muted, canvas.Left, y);
        y += style.Label.Height + 2;
        foreach (var line in BalancedLines(canvas, content.VerificationCode, style.Code, width))
        {
            canvas.Text(line, style.Code, style.Ink, canvas.Left, y);
            y += style.Code.Height;
        }
        y += 4;
        foreach (var line in canvas.Wrap(CertificateText.AboutCode, style.Small, width))
        {
            canvas.Text(line, style.Small, style.Muted, canvas.Left, y);
            y += style.Small.Height;
        }
        y += 8;
        canvas.Text("清单哈希 Manifest hash", style.Label, style.Muted, canvas.Left, y);
        y += style.Label.Height + 1;
        foreach (var line in canvas.Wrap(content.ManifestHashHex, style.Label, width))
        {
            canvas.Text(line, style.Label, style.Ink, canvas.Left, y);
            y += style.Label.Height;
        }
        canvas.Y = Math.Max(y, top + QrSide + style.Small.Height + 3) + 10;
    }

    /// <summary>Lines of about equal width, so a long code breaks between groups in the middle rather
    /// than leaving one group alone on the last line.</summary>
    private static List<string> BalancedLines(CertificateCanvas canvas, string text, CertificateFont font, double width)
    {
        var lines = canvas.Wrap(text, font, width);
        if (lines.Count == 1)
        {
            return lines;
        }
        var total = canvas.Measure(text, font);
        var even = total / lines.Count + total / text.Length * 5;
        return canvas.Wrap(text, font, Math.Min(width, even));
    }

    /// <summary>Fills the dark modules as one path of row runs, so no hairline seams show between modules.</summary>
    private static void DrawQr(XGraphics graphics, bool[,] modules, double x, double y, double side, XBrush brush)
    {
        var count = modules.GetLength(0);
        var module = side / count;
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        for (var row = 0; row < count; row++)
        {
            var column = 0;
            while (column < count)
            {
                if (!modules[row, column])
                {
                    column++;
                    continue;
                }
                var start = column;
                while (column < count && modules[row, column])
                {
                    column++;
                }
                path.AddRectangle(x + start * module, y + row * module, (column - start) * module, module);
            }
        }
        graphics.DrawPath(brush, path);
    }

    private static void Details(CertificateCanvas canvas, CertificateStyle style, CertificateContent content)
    {
        Heading(canvas, style, "导出信息 What was exported");
        var who = content.ExportedFor;
        Row(canvas, style, "日志标识", "Log origin", content.Origin);
        Row(canvas, style, "密码套件", "Crypto suite", CertificateText.Suite(content.Suite));
        Row(canvas, style, "导出范围", "Scope", $"{CertificateText.ScopeKind(content.Scope.Kind)}  {content.Scope.Id}");
        Row(canvas, style, "案件编号", "Case reference", content.CaseReference);
        Row(canvas, style, "导出对象", "Exported for",
            $"人员 Person  {who.Person}", $"单位 Organisation  {who.Organisation}", $"角色 Role  {who.Role}");
        Row(canvas, style, "导出时间", "Exported at", CertificateText.ExportedAt(content.ExportedAt));
        Row(canvas, style, "最新区块", "Newest block",
            $"区块高度 height {CertificateText.Count(content.NewestBlockHeight)}  ·  " +
            $"日志大小 tree size {CertificateText.Count(content.NewestTreeSize)}");
        Row(canvas, style, "事件数量", "Events", $"{CertificateText.Count(content.EventCount)} 个事件 events");
        canvas.Y += 9;
    }

    /// <summary>A labelled row; each value starts a line of its own.</summary>
    private static void Row(CertificateCanvas canvas, CertificateStyle style, string labelZh, string labelEn, params string[] values)
    {
        var lines = values.SelectMany(value => canvas.Wrap(value, style.Value, canvas.Width - LabelColumn)).ToList();
        var height = lines.Count * style.Value.Height + 5;
        canvas.Reserve(height);
        var top = canvas.Y + 2.5;
        canvas.Text($"{labelZh}  {labelEn}", style.Label, style.Muted, canvas.Left, top + style.Value.Height - style.Label.Height);
        for (var i = 0; i < lines.Count; i++)
        {
            canvas.Text(lines[i], style.Value, style.Ink, canvas.Left + LabelColumn, top + i * style.Value.Height);
        }
        canvas.Y += height;
        canvas.Rule(style.Thin);
    }

    private static void Verification(CertificateCanvas canvas, CertificateStyle style)
    {
        Heading(canvas, style, "离线核验 How to verify");
        canvas.Paragraph(CertificateText.VerifyZh, style.Body, style.Ink);
        canvas.Y += 5;
        canvas.Paragraph(CertificateText.VerifyEn, style.Body, style.Ink);
        canvas.Y += 9;
    }

    private static void Heading(CertificateCanvas canvas, CertificateStyle style, string text)
    {
        canvas.Reserve(style.Heading.Height + 40);
        canvas.Text(text, style.Heading, style.Accent, canvas.Left, canvas.Y);
        canvas.Y += style.Heading.Height + 3;
        canvas.Rule(style.Strong);
        canvas.Y += 2;
    }
}
