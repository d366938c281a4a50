using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Ledger.Api.Evidence.Certificates;

/// <summary>
/// Makes PDFsharp's output a function of the certificate's content. PDFsharp 6.2 draws the font subset
/// tags (the six letters before "+" in a subset font's name) and the XMP document and instance ids
/// from <see cref="Guid.NewGuid"/>, with no option to set them. They are replaced here, in place and at
/// the same length, by values derived from a seed, so no object moves and the cross-reference table
/// stays valid. Both sit in uncompressed dictionaries and the uncompressed XMP stream.
/// </summary>
internal static partial class ReproduciblePdf
{
    /// <summary>Rewrites <paramref name="pdf"/> in place. MUST be given PDFsharp's own output: the
    /// patterns are PDFsharp's, and a file where they are missing is returned unchanged.</summary>
    public static void Fix(byte[] pdf, ReadOnlySpan<byte> seed)
    {
        // Latin-1 maps bytes to chars one to one, so string indexes are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match match in SubsetTag().Matches(text))
        {
            var tag = Letters(Derive(seed, "subset " + match.Groups["font"].Value));
            Encoding.Latin1.GetBytes(tag, pdf.AsSpan(match.Groups["tag"].Index));
        }
        foreach (Match match in XmpId().Matches(text))
        {
            var id = Uuid(Derive(seed, "xmp " + match.Groups["kind"].Value));
            Encoding.Latin1.GetBytes(id, pdf.AsSpan(match.Groups["id"].Index));
        }
    }

    private static byte[] Derive(ReadOnlySpan<byte> seed, string purpose) =>
        SHA256.HashData([.. seed, .. Encoding.ASCII.GetBytes(purpose)]);

    private static string Letters(byte[] hash) => string.Concat(hash[..6].Select(b => (char)('A' + b % 26)));

    /// <summary>An RFC 9562 version 8 (custom) UUID: the hash's bits with the version and variant set.</summary>
    private static string Uuid(byte[] hash)
    {
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    [GeneratedRegex(@"/(?:FontName|BaseFont)/(?<tag>[A-Z]{6})\+(?<font>[^/\[\]<>()\s]+)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"<xmpMM:(?<kind>DocumentID|InstanceID)>uuid:(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})<")]
    private static partial Regex XmpId();
}
