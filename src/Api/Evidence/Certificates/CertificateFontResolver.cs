using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Ledger.Api.Evidence.Certificates;

/// <summary>
/// Serves the vendored fonts (Fonts/NOTICE.txt) to PDFsharp: Droid Sans Fallback for Chinese and Noto
/// Sans for Latin, which Droid Sans Fallback lacks. PDFsharp's Core build resolves no fonts on Linux by
/// itself, and a certificate must not depend on the fonts a server happens to have, so the files travel
/// inside this assembly and PDFsharp embeds a subset of each.
/// </summary>
internal sealed class CertificateFontResolver : IFontResolver
{
    public const string Cjk = "Droid Sans Fallback";
    public const string Latin = "Noto Sans";

    private static readonly Dictionary<string, string> Faces = new(StringComparer.OrdinalIgnoreCase)
    {
        [Cjk] = "DroidSansFallbackFull",
        [Latin] = "NotoSans-Regular",
    };

    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, byte[]> Files = new();

    /// <summary>
    /// Sets PDFsharp's process-wide resolver once, whichever thread comes first. PDFsharp allows one
    /// resolver per process, set before the first font is used, so a foreign one already in place is
    /// an error to report rather than to overwrite.
    /// </summary>
    public static void Install()
    {
        lock (Gate)
        {
            switch (GlobalFontSettings.FontResolver)
            {
                case CertificateFontResolver:
                    return;
                case null:
                    GlobalFontSettings.FontResolver = new CertificateFontResolver();
                    return;
                case var other:
                    throw new InvalidOperationException(
                        $"PDFsharp already has the font resolver {other.GetType().FullName}; certificates need {nameof(CertificateFontResolver)}.");
            }
        }
    }

    // One face per family serves every style: the certificate uses no bold or italic.
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        Faces.TryGetValue(familyName, out var face) ? new FontResolverInfo(face) : null;

    public byte[]? GetFont(string faceName) =>
        Faces.ContainsValue(faceName) ? Files.GetOrAdd(faceName, Load) : null;

    private static byte[] Load(string face)
    {
        var resource = $"Ledger.Api.Evidence.Certificates.Fonts.{face}.ttf";
        using var stream = typeof(CertificateFontResolver).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The assembly lacks the embedded font {resource}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
